import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from './cli.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wdesk-cli-'));
  const output = path.join(dir, `${env.ids.attachmentId}.pdf`);
  try {
    const code = await main([
      'export',
      '--audit', env.ids.auditId,
      '--procedure', env.ids.procedureId,
      '--matrix', env.ids.matrixId,
      '--sample', env.ids.sampleId,
      '--attachment', env.ids.attachmentId,
      '-o', output,
    ]);
    if (code !== 0) throw new Error(`wdesk export exited with ${code}`);
    return new Uint8Array(await readFile(output));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
