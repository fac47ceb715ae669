export interface HttpResponse<T> {
  status: number;
  headers: Headers;
  data: T;
}

export interface Logger {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
}

export interface TokenProvider {
  getAccessToken(): Promise<string>;
}

export class WorkivaApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'WorkivaApiError';
  }
}

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  responseType?: 'json' | 'bytes';
}

/** Thin transport shared by every Workiva-facing service in this backend. */
export class WorkivaHttpClient {
  constructor(
    private readonly baseUrl: string,
    private readonly tokens: TokenProvider,
    private readonly logger: Logger,
  ) {}

  async request<T = unknown>(method: string, pathOrUrl: string, options: RequestOptions = {}): Promise<HttpResponse<T>> {
    const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${this.baseUrl}${pathOrUrl}`;
    const headers: Record<string, string> = {
      Authorization: `Bearer ${await this.tokens.getAccessToken()}`,
      Accept: options.responseType === 'bytes' ? 'application/pdf' : 'application/json',
      ...options.headers,
    };
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const started = performance.now();
    const res = await fetch(url, { method, headers, body });
    this.logger.info('workiva call', { method, url, status: res.status, ms: Math.round(performance.now() - started) });

    if (res.status >= 400) {
      const err = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
      throw new WorkivaApiError(res.status, err.code ?? 'unknown', err.message ?? res.statusText);
    }
    let data: unknown;
    if (options.responseType === 'bytes') data = new Uint8Array(await res.arrayBuffer());
    else if (res.status === 202 || res.status === 204) data = undefined;
    else data = await res.json();
    return { status: res.status, headers: res.headers, data: data as T };
  }
}
