import { exportAttachmentPdf } from './attachment-export.js';

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<ArrayBuffer> {
  const pdf: ArrayBuffer = await exportAttachmentPdf({ apiUrl: env.baseUrl, token: env.token }, env.ids);
  return pdf;
}
