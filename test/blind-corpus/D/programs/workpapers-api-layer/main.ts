import { WorkpapersApi } from './api-client.js';
import { EvidenceService } from './evidence-service.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const api = new WorkpapersApi(env.baseUrl, () => env.token);
  const service = new EvidenceService(api, (m) => process.env['DEBUG'] && console.debug(`[evidence] ${m}`));
  return service.exportAsPdf({ ...env.ids });
}
