import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pullAttachment, type AttachmentArgs } from './commands.js';
import { loadProfile } from './config.js';
import { Session } from './session.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const home = await mkdtemp(join(tmpdir(), 'wkrc-'));
  const rc = join(home, '.wkrc.json');
  await writeFile(rc, JSON.stringify({ profiles: { default: { apiUrl: process.env['WORKIVA_API_URL'] ?? env.baseUrl, apiVersion: '2022-01-01' } } }));
  const session = new Session(await loadProfile(rc));
  try {
    const args: AttachmentArgs = {
      audit: env.ids.auditId,
      procedure: env.ids.procedureId,
      matrix: env.ids.matrixId,
      sample: env.ids.sampleId,
      attachment: env.ids.attachmentId,
    };
    return await pullAttachment(session, args);
  } finally {
    await session.close();
    await rm(home, { recursive: true, force: true });
  }
}
