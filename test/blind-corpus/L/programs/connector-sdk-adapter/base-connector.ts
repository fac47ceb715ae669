export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface ConnectorResponse<T = unknown> {
  status: number;
  headers: Headers;
  data: T;
}

export class ConnectorError extends Error {
  constructor(message: string, readonly status: number, readonly code?: string) {
    super(message);
    this.name = 'ConnectorError';
  }
}

/** Shared base for every GRC connector the integrations squad maintains. */
export abstract class BaseConnector {
  protected abstract readonly name: string;
  protected constructor(protected readonly baseUrl: string) {}

  protected abstract authorize(headers: Headers): Promise<void>;

  protected async request<T = unknown>(method: HttpMethod, pathOrUrl: string, body?: unknown, accept = 'application/json'): Promise<ConnectorResponse<T>> {
    const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${this.baseUrl}${pathOrUrl}`;
    const headers = new Headers({ Accept: accept });
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    await this.authorize(headers);
    const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) {
      const err = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
      throw new ConnectorError(`[${this.name}] ${method} ${url} -> ${res.status}: ${err.message ?? res.statusText}`, res.status, err.code);
    }
    const ct = res.headers.get('content-type') ?? '';
    const data = (ct.includes('json') ? await res.json() : res.status === 202 ? null : new Uint8Array(await res.arrayBuffer())) as T;
    return { status: res.status, headers: res.headers, data };
  }
}
