import { PlatformHttpClient } from './packages/platform-http/index.js';
import { EvidenceService, type EvidenceRequest } from './evidence.service.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const http = new PlatformHttpClient({
    baseUrl: env.baseUrl,
    serviceName: 'controls-portal',
    getAccessToken: async () => env.token,
    defaultHeaders: { Accept: 'application/json' },
  });
  const service = new EvidenceService(http);
  const request: EvidenceRequest = { requestedBy: 'portal-user-42', attachment: { ...env.ids } };
  return request.forceRegenerate ? service.regenerate(request) : service.downloadAsPdf(request);
}
