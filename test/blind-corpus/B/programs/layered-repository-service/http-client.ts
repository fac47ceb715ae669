import { setTimeout as sleep } from 'node:timers/promises';

export interface HttpClientOptions {
  baseUrl: string;
  accessToken: () => string | Promise<string>;
  apiVersion?: string;
  userAgent?: string;
  maxRetries?: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface HttpResponse<T> {
  status: number;
  headers: Headers;
  body: T;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Thin transport used by every repository in this service. */
export class HttpClient {
  private readonly baseUrl: string;

  constructor(private readonly options: HttpClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  async request<T = unknown>(method: Method, pathOrUrl: string, body?: unknown): Promise<HttpResponse<T>> {
    const url = /^https?:\/\//i.test(pathOrUrl) ? pathOrUrl : `${this.baseUrl}${pathOrUrl}`;
    const maxRetries = this.options.maxRetries ?? 2;
    for (let attempt = 0; ; attempt++) {
      const headers = new Headers({
        Authorization: `Bearer ${await this.options.accessToken()}`,
        Accept: 'application/json',
        'User-Agent': this.options.userAgent ?? 'audit-evidence-service/1.4',
      });
      if (this.options.apiVersion) headers.set('X-Version', this.options.apiVersion);
      if (body !== undefined) headers.set('Content-Type', 'application/json');

      const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      if (res.ok) {
        const type = res.headers.get('content-type') ?? '';
        const parsed = type.includes('json') ? await res.json() : type.startsWith('application/pdf') ? new Uint8Array(await res.arrayBuffer()) : await res.text();
        return { status: res.status, headers: res.headers, body: parsed as T };
      }

      const retryAfter = Number(res.headers.get('retry-after') ?? NaN);
      let code: string | undefined;
      let message = `${method} ${url} failed with ${res.status}`;
      try {
        const err = (await res.json()) as { code?: string; message?: string };
        code = err.code;
        if (err.message) message = err.message;
      } catch {
        /* non-JSON error body */
      }
      if ((res.status === 429 || res.status === 503) && attempt < maxRetries) {
        await sleep((Number.isFinite(retryAfter) ? retryAfter : 2 ** attempt) * 1000);
        continue;
      }
      throw new ApiError(res.status, code, message, Number.isFinite(retryAfter) ? retryAfter : undefined);
    }
  }

  post<T = unknown>(path: string, body?: unknown): Promise<HttpResponse<T>> {
    return this.request<T>('POST', path, body);
  }

  get<T = unknown>(pathOrUrl: string): Promise<HttpResponse<T>> {
    return this.request<T>('GET', pathOrUrl);
  }
}
