import { PlatformHttpClient } from './http-client.js';
import { EvidenceExporter, type ExportLogger } from './evidence-exporter.js';
import type { SampleAttachmentRef } from './paths.js';

const quietLogger: ExportLogger = {
  info: () => undefined,
  warn: (msg, meta) => console.warn(`[evidence] ${msg}`, meta ?? {}),
};

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const http = new PlatformHttpClient({ baseUrl: env.baseUrl, getToken: () => env.token, apiVersion: '2022-01-01' });
  const exporter = new EvidenceExporter(http, quietLogger);
  const ref: SampleAttachmentRef = { ...env.ids };
  return exporter.exportAttachmentPdf(ref);
}
