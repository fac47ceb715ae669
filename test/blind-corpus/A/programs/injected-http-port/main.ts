import { EvidenceExportService, type EvidenceAttachment } from './evidence-service.js';
import { NodeFetchHttp } from './node-fetch-adapter.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const http = new NodeFetchHttp(env.baseUrl, async () => env.token);
  const service = new EvidenceExportService(http, { sleep: (ms) => new Promise((r) => setTimeout(r, ms)) });
  const attachment: EvidenceAttachment = {
    audit: env.ids.auditId,
    procedure: env.ids.procedureId,
    matrix: env.ids.matrixId,
    sample: env.ids.sampleId,
    attachment: env.ids.attachmentId,
  };
  return service.exportAsPdf(attachment);
}
