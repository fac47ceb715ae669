import { Container } from './di.js';
import { WORKIVA_CONFIG, loadConfig } from './config.js';
import { EvidenceExportService, type SampleAttachmentRef } from './evidence-export.service.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const container = new Container().provide(WORKIVA_CONFIG, loadConfig({ apiUrl: env.baseUrl, bearerToken: env.token }));
  const exporter = container.get(EvidenceExportService);
  const ref: SampleAttachmentRef = { ...env.ids };
  const pdf = await exporter.exportAttachmentPdf(ref);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
