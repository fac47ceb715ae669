import { parseArgs } from 'node:util';
import { authHeaders, CliError, pollUntilDone, saveIfRequested, type CliContext } from './commands.js';

type Handler = (ctx: CliContext, opts: Record<string, string | boolean | undefined>) => Promise<Uint8Array | void>;

const commands: Record<string, Handler> = {
  async 'audit:get'(ctx, opts) {
    const res = await fetch(`${ctx.apiUrl}/prototype/platform/audits/${opts['audit']}`, { headers: authHeaders(ctx) });
    ctx.out(JSON.stringify(await res.json(), null, 2));
  },

  async 'attachment:export'(ctx, opts) {
    const need = ['audit', 'procedure', 'matrix', 'sample', 'attachment'] as const;
    for (const k of need) if (typeof opts[k] !== 'string') throw new CliError(`--${k} is required`, 2);
    const res = await fetch( // blind-corpus: site=cli-fetch-1
      `${ctx.apiUrl}/prototype/platform/audits/${opts['audit']}/procedures/${opts['procedure']}/matrices/${opts['matrix']}/samples/${opts['sample']}/attachments/${opts['attachment']}/export`, // blind-corpus: path=cli-fetch-1
      { method: 'POST', headers: { ...authHeaders(ctx), 'content-type': 'application/json' }, body: JSON.stringify({ format: opts['format'] ?? 'pdf' }) },
    );
    if (res.status !== 202) {
      const err = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
      throw new CliError(`export failed: ${err.code ?? res.status} ${err.message ?? ''}`);
    }
    const op = await pollUntilDone(ctx, res.headers.get('location') ?? '', res.headers.get('retry-after'));
    if (op.status !== 'completed') throw new CliError(`export ${op.status}`);
    const file = await fetch(op.resourceUrl ?? op.resourceURL ?? '', { headers: { authorization: `Bearer ${ctx.token}` } });
    const bytes = new Uint8Array(await file.arrayBuffer());
    await saveIfRequested(opts['output'] as string | undefined, bytes);
    return bytes;
  },
};

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array | void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      audit: { type: 'string' },
      procedure: { type: 'string' },
      matrix: { type: 'string' },
      sample: { type: 'string' },
      attachment: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      verbose: { type: 'boolean', short: 'v' },
      'api-url': { type: 'string' },
    },
  });
  const name = positionals[0];
  const handler = name ? commands[name] : undefined;
  if (!handler) throw new CliError(`unknown command ${name ?? ''}; try: ${Object.keys(commands).join(', ')}`, 2);
  const ctx: CliContext = {
    apiUrl: (values['api-url'] ?? env.WORKIVA_API_URL ?? 'https://api.app.wdesk.com').replace(/\/$/, ''),
    token: env.WORKIVA_TOKEN ?? '',
    verbose: values.verbose ?? false,
    out: (l) => void l,
  };
  return handler(ctx, values);
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array> {
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
  const out = await main(
    ['attachment:export', '--audit', auditId, '--procedure', procedureId, '--matrix', matrixId, '--sample', sampleId, '--attachment', attachmentId, '--api-url', env.baseUrl],
    { ...process.env, WORKIVA_TOKEN: env.token },
  );
  if (!out) throw new Error('no output');
  return out;
}
