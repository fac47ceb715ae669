import { ExportService, type SampleAttachmentRecord } from './export-service.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array> {
  const record: SampleAttachmentRecord = env.ids;
  const service = new ExportService(process.env['WORKIVA_API_URL'] ?? env.baseUrl, process.env['WORKIVA_TOKEN'] ?? env.token);
  return new Uint8Array(await service.exportPdf(record));
}
