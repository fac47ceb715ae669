import { EvidenceService } from './evidence.service.js';
import { createHttp } from './http.js';
import type { Ids } from './routes.js';

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Buffer> {
  const http = createHttp({ baseURL: env.baseUrl, tokenProvider: async () => env.token, apiVersion: '2022-01-01', serviceName: 'evidence-svc' });
  return new EvidenceService(http).exportAttachment(env.ids);
}
