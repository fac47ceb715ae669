import { parseArgs } from 'node:util';
import { authHeaders, CliError, expectOk, loadConfig } from '../api.js';

export async function auditCommand(argv: string[], stdout: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { 'api-url': { type: 'string' }, token: { type: 'string' } }, allowPositionals: true });
  const [auditId] = positionals;
  if (!auditId) throw new CliError('Usage: wdesk audit <auditId>', 2);
  const cfg = loadConfig(values);
  const res = await expectOk(await fetch(`${cfg.apiUrl}/prototype/platform/audits/${encodeURIComponent(auditId)}`, { headers: authHeaders(cfg) }), 'Get audit');
  stdout.write(JSON.stringify(await res.json(), null, 2) + '\n');
  return 0;
}
