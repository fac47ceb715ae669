import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { authHeaders, CliError, expectOk, loadConfig, sleep } from '../api.js';

const USAGE = `Usage: wdesk export --audit <id> --procedure <id> --matrix <id> --sample <id> --attachment <id> -o <file.pdf>`;

export async function exportCommand(argv: string[], stderr: NodeJS.WritableStream): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      audit: { type: 'string' },
      procedure: { type: 'string' },
      matrix: { type: 'string' },
      sample: { type: 'string' },
      attachment: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'api-url': { type: 'string' },
      token: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      'no-wait': { type: 'boolean' },
    },
    strict: true,
  });
  const { audit, procedure, matrix, sample, attachment, output } = values;
  if (!audit || !procedure || !matrix || !sample || !attachment || !output) throw new CliError(USAGE, 2);
  const cfg = loadConfig(values);

  const res = await fetch( // blind-corpus: site=cli-fetch-1
    `${cfg.apiUrl}/prototype/platform/audits/${audit}/procedures/${procedure}/matrices/${matrix}/samples/${sample}/attachments/${attachment}/export`, // blind-corpus: path=cli-fetch-1
    {
      method: 'POST',
      headers: authHeaders(cfg, { 'content-type': 'application/json', accept: 'application/json' }),
      body: JSON.stringify({ format: 'pdf' }),
    },
  );
  await expectOk(res, 'Starting export');
  const location = res.headers.get('location');
  if (!location) throw new CliError('Server did not return an operation location');
  if (values['no-wait']) {
    stderr.write(`Export started. Check progress with: wdesk status ${location}\n`);
    return 0;
  }

  let wait = Number(res.headers.get('retry-after') ?? 5);
  let resourceUrl: string | undefined;
  while (!resourceUrl) {
    if (cfg.verbose) stderr.write(`waiting ${wait}s...\n`);
    await sleep(wait);
    const poll = await expectOk(await fetch(location, { headers: authHeaders(cfg, { accept: 'application/json' }) }), 'Polling export');
    const op = (await poll.json()) as { status: string; resourceUrl?: string; resourceURL?: string; details?: { message: string }[] };
    if (op.status === 'failed' || op.status === 'cancelled') {
      throw new CliError(`Export ${op.status}: ${op.details?.[0]?.message ?? 'no details'}`);
    }
    if (op.status === 'completed') resourceUrl = op.resourceUrl ?? op.resourceURL;
    wait = Number(poll.headers.get('retry-after') ?? wait);
  }

  const file = await expectOk(await fetch(resourceUrl, { headers: authHeaders(cfg) }), 'Downloading export');
  const bytes = new Uint8Array(await file.arrayBuffer());
  await writeFile(output, bytes);
  stderr.write(`Wrote ${bytes.byteLength} bytes to ${output}\n`);
  return 0;
}
