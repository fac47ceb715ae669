import { WorkivaSync, type SyncTarget } from './workiva-sync.cjs';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const target: SyncTarget = {
    audit: env.ids.auditId,
    procedure: env.ids.procedureId,
    matrix: env.ids.matrixId,
    sample: env.ids.sampleId,
    attachment: env.ids.attachmentId,
  };
  const sync = new WorkivaSync(env.baseUrl, env.token);
  const buf = await sync.pull(target, { regenerate: process.env.EVIDENCE_SYNC_REGENERATE === 'true' });
  return new Uint8Array(buf);
}
