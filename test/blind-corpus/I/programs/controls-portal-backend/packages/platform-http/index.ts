// @acme/platform-http — shared HTTP client used by every service in the monorepo.
import { randomUUID } from 'node:crypto';

export interface RequestOptions {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  responseType?: 'json' | 'bytes' | 'none';
}

export interface PlatformResponse<T> {
  status: number;
  headers: Headers;
  data: T;
}

export interface PlatformHttpOptions {
  baseUrl: string;
  getAccessToken: () => Promise<string>;
  serviceName: string;
  defaultHeaders?: Record<string, string>;
}

export class PlatformHttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly correlationId: string) {
    super(message);
    this.name = 'PlatformHttpError';
  }
}

export class PlatformHttpClient {
  constructor(private readonly options: PlatformHttpOptions) {}

  async request<T = unknown>(req: RequestOptions): Promise<PlatformResponse<T>> {
    const correlationId = randomUUID();
    const url = /^https?:\/\//.test(req.path) ? req.path : `${this.options.baseUrl.replace(/\/$/, '')}${req.path}`;
    const headers = new Headers(this.options.defaultHeaders);
    headers.set('Authorization', `Bearer ${await this.options.getAccessToken()}`);
    headers.set('X-Correlation-Id', correlationId);
    headers.set('User-Agent', `acme-${this.options.serviceName}`);
    for (const [k, v] of Object.entries(req.headers ?? {})) headers.set(k, v);
    let body: string | undefined;
    if (req.body !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(req.body);
    }
    const res = await fetch(url, { method: req.method, headers, body });
    if (!res.ok) {
      const problem = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
      throw new PlatformHttpError(res.status, problem.code ?? 'UNKNOWN', problem.message ?? res.statusText, correlationId);
    }
    let data: unknown;
    switch (req.responseType ?? 'json') {
      case 'bytes':
        data = new Uint8Array(await res.arrayBuffer());
        break;
      case 'none':
        await res.body?.cancel();
        data = undefined;
        break;
      default:
        data = res.status === 204 || res.status === 202 ? undefined : await res.json();
    }
    return { status: res.status, headers: res.headers, data: data as T };
  }
}
