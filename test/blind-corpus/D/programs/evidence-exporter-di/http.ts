export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  url: string;
  headers?: Record<string, string>;
  json?: unknown;
  responseType?: 'json' | 'bytes';
}

export interface HttpResponse<T = unknown> {
  status: number;
  headers: Record<string, string>;
  data: T;
}

/** Implemented by the platform package; services receive it through their constructor. */
export interface HttpClient {
  send<T = unknown>(request: HttpRequest): Promise<HttpResponse<T>>;
}

export class HttpStatusError extends Error {
  constructor(readonly response: HttpResponse) {
    super(`HTTP ${response.status}`);
  }
}
