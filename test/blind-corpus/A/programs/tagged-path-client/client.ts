import { path } from './path.js';

export interface SampleAttachment {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
  details?: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    readonly retryAfter: number | undefined,
  ) {
    super(`Workiva API responded ${status}`);
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export class WorkivaPlatformClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly userAgent = 'audit-evidence-archiver/3.4',
  ) {}

  private async request(method: Method, target: string, body?: unknown): Promise<Response> {
    const url = /^https?:\/\//.test(target) ? target : `${this.baseUrl}${target}`;
    const res = await fetch(url, {
      method,
      headers: {
        Authorization: `Bearer ${this.token}`,
        'User-Agent': this.userAgent,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status >= 400) {
      const retryAfter = res.headers.get('retry-after');
      throw new ApiError(res.status, await res.text(), retryAfter ? Number(retryAfter) : undefined);
    }
    return res;
  }

  async getAudit(auditId: string): Promise<unknown> {
    return (await this.request('GET', path`/prototype/platform/audits/${auditId}`)).json();
  }

  async startAttachmentExport(a: SampleAttachment): Promise<{ location: string; retryAfter: number }> {
    const res = await this.request('POST', path`/prototype/platform/audits/${a.auditId}/procedures/${a.procedureId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`, { format: 'pdf' }); // blind-corpus: site=tagged-path-1
    const location = res.headers.get('location');
    if (location === null) throw new Error('no Location header');
    return { location, retryAfter: Number(res.headers.get('retry-after') ?? 1) };
  }

  async getOperation(location: string): Promise<{ operation: Operation; retryAfter: number }> {
    const res = await this.request('GET', location);
    return { operation: (await res.json()) as Operation, retryAfter: Number(res.headers.get('retry-after') ?? 1) };
  }

  async downloadResource(url: string): Promise<ArrayBuffer> {
    return (await this.request('GET', url)).arrayBuffer();
  }
}
