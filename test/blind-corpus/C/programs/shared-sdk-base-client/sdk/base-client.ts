import { WorkivaApiError } from './errors.js';

export type TokenProvider = () => Promise<string> | string;

export interface BaseClientOptions {
  baseUrl: string;
  tokenProvider: TokenProvider;
  userAgent?: string;
  apiVersion?: string;
}

export interface ApiResponse<T> {
  status: number;
  headers: Headers;
  data: T;
}

/**
 * Shared by every service that talks to the Workiva platform. Subclasses add resource methods;
 * this class owns auth, JSON handling and error mapping.
 */
export abstract class BaseApiClient {
  protected readonly baseUrl: string;

  constructor(protected readonly options: BaseClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  protected async headers(extra: Record<string, string> = {}): Promise<Record<string, string>> {
    const token = await this.options.tokenProvider();
    return {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
      'User-Agent': this.options.userAgent ?? 'internal-platform-sdk/3.4.1',
      ...(this.options.apiVersion ? { 'X-Version': this.options.apiVersion } : {}),
      ...extra,
    };
  }

  protected resolve(pathOrUrl: string): string {
    return /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${this.baseUrl}${pathOrUrl}`;
  }

  protected async send<T>(method: string, pathOrUrl: string, body?: unknown): Promise<ApiResponse<T>> {
    const init: RequestInit = { method, headers: await this.headers(body === undefined ? {} : { 'Content-Type': 'application/json' }) };
    if (body !== undefined) init.body = JSON.stringify(body);
    const res = await fetch(this.resolve(pathOrUrl), init);
    if (!res.ok) throw await this.toError(res);
    const text = await res.text();
    return { status: res.status, headers: res.headers, data: (text ? JSON.parse(text) : undefined) as T };
  }

  protected get<T>(pathOrUrl: string): Promise<ApiResponse<T>> {
    return this.send<T>('GET', pathOrUrl);
  }

  protected post<T>(path: string, body: unknown): Promise<ApiResponse<T>> {
    return this.send<T>('POST', path, body);
  }

  protected async getBinary(url: string): Promise<Uint8Array> {
    const res = await fetch(this.resolve(url), { headers: await this.headers({ Accept: 'application/pdf' }) });
    if (!res.ok) throw await this.toError(res);
    return new Uint8Array(await res.arrayBuffer());
  }

  private async toError(res: Response): Promise<WorkivaApiError> {
    let code = `HTTP_${res.status}`;
    let message = res.statusText;
    try {
      const body = (await res.json()) as { code?: string; message?: string };
      code = body.code ?? code;
      message = body.message ?? message;
    } catch {
      // non-JSON error body (proxies, load balancers)
    }
    const retryAfter = Number(res.headers.get('retry-after'));
    return new WorkivaApiError(res.status, code, message, Number.isFinite(retryAfter) ? retryAfter : undefined);
  }
}
