import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { cli } = require('./lib/cli.cjs') as { cli: (argv: string[], opts?: { quiet?: boolean }) => Promise<Buffer> };

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'wdesk-batch-'));
  try {
    const csv = join(dir, 'attachments.csv');
    const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
    writeFileSync(csv, `# audit,procedure,matrix,sample,attachment\n${[auditId, procedureId, matrixId, sampleId, attachmentId].join(',')}\n`);
    const pdf = await cli(['export-batch', '--file', csv, '--out-dir', dir, '--api-url', env.baseUrl, '--token', env.token], { quiet: true });
    return new Uint8Array(pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
