import { HttpStatusError, type HttpClient, type HttpRequest, type HttpResponse } from './http.js';

export interface FetchHttpClientOptions {
  defaultHeaders?: Record<string, string>;
  timeoutMs?: number;
}

export class FetchHttpClient implements HttpClient {
  constructor(private readonly options: FetchHttpClientOptions = {}) {}

  async send<T = unknown>(request: HttpRequest): Promise<HttpResponse<T>> {
    const headers: Record<string, string> = { ...this.options.defaultHeaders, ...request.headers };
    let body: string | undefined;
    if (request.json !== undefined) {
      body = JSON.stringify(request.json);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(request.url, {
      method: request.method,
      headers,
      body,
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
    });
    const responseHeaders: Record<string, string> = {};
    res.headers.forEach((value, key) => {
      responseHeaders[key] = value;
    });
    let data: unknown;
    if (request.responseType === 'bytes') {
      data = new Uint8Array(await res.arrayBuffer());
    } else {
      const text = await res.text();
      data = text ? JSON.parse(text) : undefined;
    }
    const response: HttpResponse<T> = { status: res.status, headers: responseHeaders, data: data as T };
    if (res.status >= 400) throw new HttpStatusError(response);
    return response;
  }
}
