import { configureApiFetch } from './api-fetch.js';
import { exportAttachmentPdf, type AttachmentIdentity } from './attachments.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  configureApiFetch({ baseUrl: env.baseUrl, token: () => env.token });
  const identity: AttachmentIdentity = Object.freeze({ ...env.ids });
  return exportAttachmentPdf(identity);
}
