import { createClients } from './http.js';
import { AttachmentExporter, type SampleAttachmentRef } from './exporter.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const clients = createClients(env.baseUrl, () => env.token);
  const exporter = new AttachmentExporter(clients);
  const ref: SampleAttachmentRef = { ...env.ids };
  const pdf = await exporter.exportPdf(ref);
  return new Uint8Array(pdf);
}
