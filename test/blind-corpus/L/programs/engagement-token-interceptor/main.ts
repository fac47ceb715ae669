import axios, { AxiosHeaders, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios';
import { ENDPOINTS, expand } from './endpoints.js';

interface EngagementSample {
  engagementCode: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

class TokenManager {
  private token?: string;
  private expiresAt = 0;
  constructor(private readonly baseUrl: string) {}

  async get(): Promise<string> {
    if (this.token && Date.now() < this.expiresAt) return this.token;
    const res = await axios.post<{ access_token: string; expires_in: number }>(
      this.baseUrl + ENDPOINTS.token,
      new URLSearchParams({ grant_type: 'client_credentials', client_id: process.env.WORKIVA_CLIENT_ID ?? '', client_secret: process.env.WORKIVA_CLIENT_SECRET ?? '' }),
    );
    this.token = res.data.access_token;
    this.expiresAt = Date.now() + (res.data.expires_in - 30) * 1000;
    return this.token;
  }
}

function buildClient(baseUrl: string, tokens: TokenManager): AxiosInstance {
  const client = axios.create({ baseURL: baseUrl, headers: { Accept: 'application/json' } });
  client.interceptors.request.use(async (config: InternalAxiosRequestConfig) => {
    config.headers = AxiosHeaders.from(config.headers).set('Authorization', `Bearer ${await tokens.get()}`);
    return config;
  });
  return client;
}

export class EngagementPortalExports {
  constructor(private readonly client: AxiosInstance) {}

  async exportEvidence(s: EngagementSample): Promise<Uint8Array> {
    const started = await this.client.post(expand(ENDPOINTS.sampleAttachmentExport, s.ids), { format: 'pdf' }); // blind-corpus: site=axios-interceptor-1
    const location: string = started.headers['location'];
    let retryAfter = Number(started.headers['retry-after'] ?? 1);
    let op: Operation;
    for (;;) {
      await new Promise((r) => setTimeout(r, retryAfter * 1000 + 50));
      const res = await this.client.get<Operation>(location);
      op = res.data;
      if (['completed', 'failed', 'cancelled'].includes(op.status)) break;
      retryAfter = Number(res.headers['retry-after'] ?? 1);
    }
    if (op.status !== 'completed') throw new Error(`[${s.engagementCode}] export ${op.status}`);
    const pdf = await this.client.get<ArrayBuffer>(op.resourceUrl ?? op.resourceURL ?? '', { responseType: 'arraybuffer' });
    return new Uint8Array(pdf.data);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: EngagementSample['ids'] }): Promise<Uint8Array> {
  const base = process.env.WORKIVA_API_URL ?? env.baseUrl;
  const exports = new EngagementPortalExports(buildClient(base, new TokenManager(base)));
  return exports.exportEvidence({ engagementCode: 'ENG-2026-0042', ids: env.ids });
}
