import axios, { type AxiosRequestConfig, type AxiosResponse } from 'axios';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface OperationDto {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

interface Credentials {
  clientId: string;
  clientSecret: string;
}

/** Sample-evidence exporter used by the audit binder service. */
export class SampleEvidenceExporter {
  private token?: { value: string; expiresAt: number };

  constructor(private readonly baseURL: string, private readonly credentials: Credentials) {}

  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now()) return this.token.value;
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.credentials.clientId, client_secret: this.credentials.clientSecret });
    const { data } = await axios.post<{ access_token: string; expires_in: number }>(`${this.baseURL}/iam/v1/oauth2/token`, form.toString(), {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    this.token = { value: data.access_token, expiresAt: Date.now() + (data.expires_in - 30) * 1000 };
    return data.access_token;
  }

  private async headers(withBody: boolean): Promise<Record<string, string>> {
    const h: Record<string, string> = { Authorization: `Bearer ${await this.accessToken()}`, Accept: 'application/json', 'X-Version': '2022-01-01' };
    if (withBody) h['Content-Type'] = 'application/json';
    return h;
  }

  async start(ids: Ids): Promise<AxiosResponse<OperationDto>> {
    const config: AxiosRequestConfig = {
      method: 'POST',
      baseURL: this.baseURL,
      url: `/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`, // blind-corpus: path=axios-request-1
      headers: await this.headers(true),
      data: { format: 'pdf' },
      validateStatus: (s) => s === 202,
    };
    return axios.request<OperationDto>(config); // blind-corpus: site=axios-request-1
  }

  async poll(location: string, retryAfter: number): Promise<OperationDto> {
    await new Promise((r) => setTimeout(r, retryAfter * 1000 + 50));
    const res = await axios.request<OperationDto>({ method: 'GET', url: location, headers: await this.headers(false) });
    if (['completed', 'failed', 'cancelled'].includes(res.data.status)) return res.data;
    return this.poll(location, Number(res.headers['retry-after'] ?? retryAfter));
  }

  async download(resourceUrl: string): Promise<ArrayBuffer> {
    const res = await axios.request<ArrayBuffer>({ method: 'GET', url: resourceUrl, headers: await this.headers(false), responseType: 'arraybuffer' });
    return res.data;
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const exporter = new SampleEvidenceExporter(process.env.WORKIVA_API_URL ?? env.baseUrl, {
    clientId: process.env.WORKIVA_CLIENT_ID ?? '',
    clientSecret: process.env.WORKIVA_CLIENT_SECRET ?? '',
  });
  const accepted = await exporter.start(env.ids);
  const op = await exporter.poll(String(accepted.headers['location']), Number(accepted.headers['retry-after'] ?? 1));
  if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);
  const data = await exporter.download(op.resourceUrl ?? op.resourceURL ?? '');
  return new Uint8Array(data);
}
