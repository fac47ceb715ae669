import { PATHS, expand } from './paths.mjs';

export interface PreparedRequest {
  method: string;
  url: string;
  init: RequestInit;
}

export interface SampleAttachmentParams {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export class ApiResponseError extends Error {
  constructor(readonly status: number, readonly code: string | undefined, message: string) {
    super(message);
  }
}

export class PlatformApiClient {
  constructor(private readonly baseUrl: string, private readonly getToken: () => string, private readonly version = '2022-01-01') {}

  protected prepare(method: string, path: string, body?: unknown): PreparedRequest {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${this.getToken()}`,
      Accept: 'application/json',
      'X-Version': this.version,
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return { method, url: this.baseUrl.replace(/\/$/, '') + path, init: { method, headers, body: body === undefined ? undefined : JSON.stringify(body) } };
  }

  protected async send(prepared: PreparedRequest): Promise<Response> {
    const res = await fetch(prepared.url, prepared.init);
    if (res.status >= 400) {
      const err = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
      throw new ApiResponseError(res.status, err.code, `${prepared.method} ${prepared.url}: ${err.message ?? res.statusText}`);
    }
    return res;
  }

  protected execute(req: { method: string; path: string; body?: unknown }): Promise<Response> {
    return this.send(this.prepare(req.method, req.path, req.body));
  }

  async exportSampleAttachment(params: SampleAttachmentParams): Promise<Response> {
    return this.execute({ method: 'POST', path: expand(PATHS.exportSampleAttachment, { ...params }), body: { format: 'pdf' } }); // blind-corpus: site=templated-execute-1
  }

  async exportSampleAttachmentWithoutVersion(params: SampleAttachmentParams): Promise<Response> {
    const prepared = this.prepare('POST', expand(PATHS.exportSampleAttachment, { ...params }), { format: 'pdf' });
    delete (prepared.init.headers as Record<string, string>)['X-Version'];
    return this.send(prepared); // blind-corpus: site=templated-send-1
  }

  async getSample(params: Omit<SampleAttachmentParams, 'attachmentId'>): Promise<unknown> {
    return (await this.execute({ method: 'GET', path: expand(PATHS.getSample, { ...params }) })).json();
  }

  async getAbsolute(url: string): Promise<Response> {
    return fetch(url, { headers: { Authorization: `Bearer ${this.getToken()}` } });
  }
}
