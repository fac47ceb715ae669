import fetch, { type RequestInit, type Response } from 'node-fetch';

export type Method = 'GET' | 'POST';

export interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface SampleMetadata {
  id?: string;
  name?: string;
  attachments?: Array<{ id: string; fileName?: string }>;
}

export class PlatformGateway {
  constructor(private readonly baseUrl: string, private readonly token: string, private readonly log: (line: string) => void = () => {}) {}

  private async request(method: Method, pathOrUrl: string, body?: unknown, accept = 'application/json'): Promise<Response> {
    const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : this.baseUrl + pathOrUrl;
    const init: RequestInit = {
      method,
      headers: { Authorization: `Bearer ${this.token}`, Accept: accept, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    };
    const started = Date.now();
    const res = await fetch(url, init);
    this.log(`${method} ${url} -> ${res.status} in ${Date.now() - started}ms`);
    if (res.status >= 400) throw new Error(`${method} ${url} failed: ${res.status} ${await res.text()}`);
    return res;
  }

  async sample(ids: Ids): Promise<SampleMetadata> {
    const res = await this.request('GET', `/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}`);
    return (await res.json()) as SampleMetadata;
  }

  async exportAttachment(ids: Ids): Promise<{ location: string; retryAfter: number }> {
    const path = `/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`; // blind-corpus: path=node-fetch-gateway-1
    const res = await this.request('POST', path, { format: 'pdf' }); // blind-corpus: site=node-fetch-gateway-1
    return { location: res.headers.get('location') ?? '', retryAfter: Number(res.headers.get('retry-after') ?? 1) };
  }

  async operation(location: string): Promise<{ status: string; resourceUrl?: string; resourceURL?: string; retryAfter: number }> {
    const res = await this.request('GET', location);
    const body = (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
    return { ...body, retryAfter: Number(res.headers.get('retry-after') ?? 1) };
  }

  async file(url: string): Promise<ArrayBuffer> {
    return (await this.request('GET', url, undefined, 'application/pdf')).arrayBuffer();
  }
}
