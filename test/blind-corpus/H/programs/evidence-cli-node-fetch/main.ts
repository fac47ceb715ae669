import { exportAttachment } from './export-attachment.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const { auditId: audit, procedureId: procedure, matrixId: matrix, sampleId: sample, attachmentId: attachment } = env.ids;
  return exportAttachment({ audit, procedure, matrix, sample, attachment }, env.baseUrl, env.token);
}
