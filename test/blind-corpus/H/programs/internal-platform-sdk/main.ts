import { WorkivaPlatform } from './sdk/index.js';

const platform = WorkivaPlatform.fromEnvironment();

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
  const handle = await platform.audits.samples(auditId, procedureId, matrixId).attachments(sampleId).export(attachmentId);
  return handle.result();
}
