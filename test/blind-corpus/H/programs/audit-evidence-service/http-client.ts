export class PlatformHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'PlatformHttpError';
  }
}

export interface PlatformResponse<T> {
  status: number;
  headers: Headers;
  body: T;
}

export interface PlatformHttpClientOptions {
  baseUrl: string;
  getToken: () => Promise<string> | string;
  userAgent?: string;
  apiVersion?: string;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Thin wrapper around fetch shared by the evidence service's integrations. */
export class PlatformHttpClient {
  private readonly baseUrl: string;

  constructor(private readonly options: PlatformHttpClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  async request<T>(method: Method, pathOrUrl: string, body?: unknown): Promise<PlatformResponse<T>> {
    const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${this.baseUrl}${pathOrUrl}`;
    const headers: Record<string, string> = {
      Authorization: `Bearer ${await this.options.getToken()}`,
      Accept: 'application/json',
      'User-Agent': this.options.userAgent ?? 'evidence-service/3.4',
    };
    if (this.options.apiVersion) headers['X-Version'] = this.options.apiVersion;
    if (body !== undefined) headers['Content-Type'] = 'application/json';

    const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) {
      let code: string | undefined;
      let message = `${method} ${url} failed with ${res.status}`;
      try {
        const err = (await res.json()) as { code?: string; message?: string };
        code = err.code;
        if (err.message) message = err.message;
      } catch {
        // non-JSON error body
      }
      const ra = res.headers.get('retry-after');
      throw new PlatformHttpError(res.status, code, message, ra ? Number(ra) : undefined);
    }
    const contentType = res.headers.get('content-type') ?? '';
    const parsed = contentType.includes('json') ? await res.json() : res.status === 202 ? undefined : await res.arrayBuffer();
    return { status: res.status, headers: res.headers, body: parsed as T };
  }

  async download(url: string): Promise<Uint8Array> {
    const res = await fetch(url, { headers: { Authorization: `Bearer ${await this.options.getToken()}` } });
    if (!res.ok) throw new PlatformHttpError(res.status, undefined, `download failed with ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }
}
