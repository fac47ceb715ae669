// Thin HTTP layer shared by the workpapers team. Everything that talks to the Workiva platform goes through
// `request()` so that auth, tracing and error mapping live in one place.
import { randomUUID } from 'node:crypto';

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** Status codes treated as success. Defaults to any 2xx. */
  expect?: readonly number[];
}

export class PlatformApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(message);
    this.name = 'PlatformApiError';
  }
}

export interface SampleAttachmentRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface OperationHandle {
  location: string;
  retryAfterSeconds: number;
}

export interface Operation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string | null;
  resourceURL?: string | null;
  details?: unknown;
}

export class WorkpapersApi {
  constructor(
    private readonly baseUrl: string,
    private readonly getToken: () => Promise<string> | string,
  ) {}

  private async request(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, opts: RequestOptions = {}): Promise<Response> {
    const url = /^https?:\/\//.test(path) ? path : `${this.baseUrl.replace(/\/+$/, '')}${path}`;
    const headers: Record<string, string> = {
      Authorization: `Bearer ${await this.getToken()}`,
      Accept: 'application/json',
      'X-Correlation-Id': randomUUID(),
      ...opts.headers,
    };
    let body: string | undefined;
    if (opts.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(opts.body);
    }
    const res = await fetch(url, { method, headers, body });
    const ok = opts.expect ? opts.expect.includes(res.status) : res.ok;
    if (!ok) {
      const text = await res.text();
      let code: string | undefined;
      let message = text;
      try {
        const parsed = JSON.parse(text) as { code?: string; message?: string };
        code = parsed.code;
        message = parsed.message ?? text;
      } catch {
        // not JSON, keep the raw text
      }
      const ra = res.headers.get('retry-after');
      throw new PlatformApiError(res.status, code, `${method} ${path} failed: ${res.status} ${message}`, ra ? Number(ra) : undefined);
    }
    return res;
  }

  async getAudit(auditId: string): Promise<{ id: string; name: string }> {
    const res = await this.request('GET', `/prototype/platform/audits/${encodeURIComponent(auditId)}`);
    return (await res.json()) as { id: string; name: string };
  }

  async startAttachmentExport(ref: SampleAttachmentRef): Promise<OperationHandle> {
    const path = `/prototype/platform/audits/${ref.auditId}/procedures/${ref.procedureId}/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}/export`; // blind-corpus: path=workpapers-layer-1
    const res = await this.request('POST', path, { body: { format: 'pdf' }, expect: [202] }); // blind-corpus: site=workpapers-layer-1
    const location = res.headers.get('location');
    if (!location) throw new Error('export accepted without a Location header');
    return { location, retryAfterSeconds: Number(res.headers.get('retry-after') ?? '1') };
  }

  async getOperation(location: string): Promise<{ operation: Operation; retryAfterSeconds: number }> {
    const res = await this.request('GET', location);
    const operation = (await res.json()) as Operation;
    return { operation, retryAfterSeconds: Number(res.headers.get('retry-after') ?? '1') };
  }

  async download(resourceUrl: string): Promise<ArrayBuffer> {
    const res = await this.request('GET', resourceUrl, { headers: { Accept: 'application/pdf' } });
    return res.arrayBuffer();
  }
}
