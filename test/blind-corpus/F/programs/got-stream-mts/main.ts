import { randomUUID } from 'node:crypto';
import { exportAttachmentPdf, type SampleAttachment } from './exports.mjs';

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array | ArrayBuffer> {
  const attachment: SampleAttachment = { ...env.ids };
  return exportAttachmentPdf({ apiUrl: env.baseUrl, accessToken: env.token, correlationId: randomUUID() }, attachment);
}
