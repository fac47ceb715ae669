import type { EndpointDef } from './endpoints.js';

export interface CallResult<T> {
  status: number;
  headers: Headers;
  json?: T;
}

export class CatalogClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async call<P, T = unknown>(endpoint: EndpointDef<P>, params: P, body?: unknown): Promise<CallResult<T>> {
    const res = await fetch(this.baseUrl + endpoint.path(params), {
      method: endpoint.method,
      headers: {
        Authorization: `Bearer ${this.token}`,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!endpoint.expect.includes(res.status)) {
      const err = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
      throw new Error(`${endpoint.name} failed: ${res.status} ${err.code ?? ''} ${err.message ?? ''}`);
    }
    const isJson = (res.headers.get('content-type') ?? '').includes('application/json');
    return { status: res.status, headers: res.headers, json: isJson ? ((await res.json()) as T) : undefined };
  }

  async getUrl(url: string, accept = 'application/json'): Promise<Response> {
    return fetch(url, { headers: { Authorization: `Bearer ${this.token}`, Accept: accept } });
  }
}
