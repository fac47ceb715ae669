import { FetchHttpClient } from './fetch-http-client.js';
import { EvidenceExporter, type AttachmentLocator } from './evidence-exporter.js';

interface Env {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

export async function run(env: Env): Promise<Uint8Array> {
  const http = new FetchHttpClient({ defaultHeaders: { 'user-agent': 'evidence-exporter/3.2.0' } });
  const exporter = new EvidenceExporter(http, { apiBaseUrl: env.baseUrl, accessToken: env.token });
  const locator: AttachmentLocator = {
    audit: env.ids.auditId,
    procedure: env.ids.procedureId,
    matrix: env.ids.matrixId,
    sample: env.ids.sampleId,
    attachment: env.ids.attachmentId,
  };
  return exporter.exportPdf(locator);
}
