import { exportToPdf, type AttachmentPath } from './exporter.mjs';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const root = new URL(env.baseUrl.endsWith('/') ? env.baseUrl : `${env.baseUrl}/`);
  const path: AttachmentPath = [env.ids.auditId, env.ids.procedureId, env.ids.matrixId, env.ids.sampleId, env.ids.attachmentId];
  const pdf = await exportToPdf(root, env.token, path);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
