import axios, { AxiosError, type AxiosInstance, type AxiosResponse } from 'axios';
import { PLATFORM_ROUTES, fillRoute } from './routes.js';

export interface SampleAttachmentParams extends Record<string, string> {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface OperationStatus {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

export class ReportingPlatformClient {
  private readonly http: AxiosInstance;

  constructor(baseURL: string, token: string) {
    this.http = axios.create({ baseURL, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  }

  getAudit(auditId: string): Promise<AxiosResponse<{ id: string; name: string }>> {
    return this.http.get(fillRoute(PLATFORM_ROUTES.getAudit, { auditId }));
  }

  async requestAttachmentExport(params: SampleAttachmentParams): Promise<{ operationUrl: string; retryAfterSeconds: number }> {
    try {
      const res = await this.http.post(fillRoute(PLATFORM_ROUTES.exportSampleAttachment, params), { format: 'pdf' }, { headers: { 'X-Version': '2022-01-01' } }); // blind-corpus: site=route-table-axios-1
      return { operationUrl: String(res.headers['location']), retryAfterSeconds: Number(res.headers['retry-after'] ?? 1) };
    } catch (e) {
      if (e instanceof AxiosError && e.response) {
        const body = e.response.data as { code?: string; message?: string };
        throw new Error(`attachment export failed: ${e.response.status} ${body.code ?? ''} ${body.message ?? ''}`.trim());
      }
      throw e;
    }
  }

  /** Bulk variant used by the nightly report; accepts whatever fails in a list instead of throwing. */
  async requestAttachmentExports(list: SampleAttachmentParams[]): Promise<{ params: SampleAttachmentParams; operationUrl?: string; error?: string }[]> {
    const settled = await Promise.allSettled(
      list.map((params) => this.http.post(fillRoute(PLATFORM_ROUTES.exportSampleAttachment, params), { format: 'pdf' })), // blind-corpus: site=route-table-axios-2
    );
    return settled.map((s, i) => ({
      params: list[i]!,
      ...(s.status === 'fulfilled' ? { operationUrl: String(s.value.headers['location']) } : { error: String(s.reason) }),
    }));
  }

  async getOperation(url: string): Promise<{ op: OperationStatus; retryAfterSeconds: number }> {
    const res = await this.http.get<OperationStatus>(url);
    return { op: res.data, retryAfterSeconds: Number(res.headers['retry-after'] ?? 1) };
  }

  async download(url: string): Promise<ArrayBuffer> {
    const res = await this.http.get<ArrayBuffer>(url, { responseType: 'arraybuffer' });
    return res.data;
  }
}
