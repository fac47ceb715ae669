import { fetch, type Dispatcher, type Response } from 'undici';

export interface ClientOptions {
  baseUrl?: string;
  token: string | (() => Promise<string>);
  apiVersion?: string;
  dispatcher?: Dispatcher;
}

export interface Operation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl: string | null;
  created?: { dateTime: string };
  updated?: { dateTime: string };
  originalRequest?: string;
  details?: Array<{ code: string; message: string; target?: string }> | null;
}

export class WdeskApiError extends Error {
  constructor(readonly status: number, readonly code: string | undefined, message: string, readonly retryAfter?: number) {
    super(message);
    this.name = 'WdeskApiError';
  }
}

export class OperationHandle {
  constructor(private readonly client: WdeskClient, readonly location: string, readonly retryAfter: number) {}

  /** Yields every observed state of the operation, honouring Retry-After between polls. */
  async *states(): AsyncIterableIterator<Operation> {
    let wait = this.retryAfter;
    for (;;) {
      await new Promise((r) => setTimeout(r, wait * 1000 + 25));
      const { res, body } = await this.client.raw<Operation>('GET', this.location);
      const op = { ...body, resourceUrl: body.resourceUrl ?? (body as { resourceURL?: string }).resourceURL ?? null };
      yield op;
      if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') return;
      wait = Number(res.headers.get('retry-after') ?? 1);
    }
  }

  async result(): Promise<Operation> {
    let last: Operation | undefined;
    for await (const s of this.states()) last = s;
    if (!last) throw new Error('operation produced no state');
    return last;
  }
}

export class WdeskClient {
  private readonly baseUrl: string;
  constructor(private readonly opts: ClientOptions) {
    this.baseUrl = (opts.baseUrl ?? 'https://api.app.wdesk.com').replace(/\/+$/, '');
  }

  private async bearer(): Promise<string> {
    return typeof this.opts.token === 'function' ? this.opts.token() : this.opts.token;
  }

  async raw<T>(method: string, pathOrUrl: string, json?: unknown): Promise<{ res: Response; body: T }> {
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : this.baseUrl + pathOrUrl;
    const headers: Record<string, string> = { authorization: `Bearer ${await this.bearer()}`, accept: 'application/json' };
    if (this.opts.apiVersion) headers['x-version'] = this.opts.apiVersion;
    if (json !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(url, { method, headers, body: json === undefined ? undefined : JSON.stringify(json), dispatcher: this.opts.dispatcher });
    if (res.status >= 400) {
      const err = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
      const ra = res.headers.get('retry-after');
      throw new WdeskApiError(res.status, err.code, err.message ?? `HTTP ${res.status}`, ra ? Number(ra) : undefined);
    }
    const body = (res.status === 202 || res.status === 204 ? undefined : await res.json()) as T;
    return { res, body };
  }

  async download(resourceUrl: string): Promise<Uint8Array> {
    const res = await fetch(resourceUrl, { headers: { authorization: `Bearer ${await this.bearer()}` }, dispatcher: this.opts.dispatcher });
    if (!res.ok) throw new WdeskApiError(res.status, undefined, `download failed: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }

  // ---- prototype endpoints ------------------------------------------------------------

  getAudit(auditId: string) {
    return this.raw<{ id: string; name: string }>('GET', `/prototype/platform/audits/${encodeURIComponent(auditId)}`);
  }

  /** Starts a PDF export of a sample attachment. */
  async exportSampleAttachment(p: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string }): Promise<OperationHandle> {
    const path = [ // blind-corpus: path=undici-lib-1
      '/prototype/platform/audits', p.auditId, 'procedures', p.procedureId, 'matrices', p.matrixId,
      'samples', p.sampleId, 'attachments', p.attachmentId, 'export',
    ].join('/');
    const { res } = await this.raw<void>('POST', path, { format: 'pdf' }); // blind-corpus: site=undici-lib-1
    const location = res.headers.get('location');
    if (!location) throw new WdeskApiError(res.status, undefined, 'missing Location header');
    return new OperationHandle(this, location, Number(res.headers.get('retry-after') ?? 1));
  }

  /** Starts an export of a whole file (different endpoint, different payload). */
  async exportFile(fileId: string, format: 'pdf' | 'docx' | 'xlsx'): Promise<OperationHandle> {
    const { res } = await this.raw<void>('POST', '/prototype/platform/files/export', { fileId, format });
    return new OperationHandle(this, res.headers.get('location') ?? '', Number(res.headers.get('retry-after') ?? 1));
  }
}
