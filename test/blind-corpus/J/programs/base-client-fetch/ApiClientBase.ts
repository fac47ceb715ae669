export class ApiException extends Error {
  constructor(
    public readonly statusCode: number,
    public readonly errorCode: string | undefined,
    message: string,
    public readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiException';
  }
}

export interface ApiResponse<T> {
  statusCode: number;
  headers: Headers;
  body: T;
}

export abstract class ApiClientBase {
  protected constructor(protected readonly baseUrl: string, private readonly accessToken: string) {}

  protected async send<T = unknown>(method: 'GET' | 'POST', pathOrUrl: string, body?: object): Promise<ApiResponse<T>> {
    const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : this.baseUrl.replace(/\/$/, '') + pathOrUrl;
    const headers = new Headers({ Authorization: `Bearer ${this.accessToken}`, Accept: 'application/json' });
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    const response = await fetch(url, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
    if (!response.ok) {
      const error = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
      const retryAfter = response.headers.get('Retry-After');
      throw new ApiException(response.status, error?.code, error?.message ?? `${method} ${url} failed`, retryAfter ? Number(retryAfter) : undefined);
    }
    const type = response.headers.get('Content-Type') ?? '';
    const payload = type.includes('json') ? await response.json() : response.status === 202 ? undefined : await response.arrayBuffer();
    return { statusCode: response.status, headers: response.headers, body: payload as T };
  }
}
