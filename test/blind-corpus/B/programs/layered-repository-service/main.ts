import { HttpClient } from './http-client.js';
import { AttachmentRepository } from './attachment-repository.js';
import { EvidenceExportService, type Logger } from './export-service.js';

const quietLogger: Logger = { info: () => undefined, warn: (msg, meta) => console.warn(msg, meta) };

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const http = new HttpClient({ baseUrl: env.baseUrl, accessToken: () => env.token, apiVersion: '2022-01-01' });
  const service = new EvidenceExportService(new AttachmentRepository(http), quietLogger);
  return service.exportAttachmentPdf({ ...env.ids });
}
