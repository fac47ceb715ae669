import { OPERATIONS, type OperationId } from './spec.js';

export interface ApiResponse<T> {
  status: number;
  headers: Headers;
  body: T;
}

export interface ClientConfiguration {
  basePath: string;
  accessToken: () => string | Promise<string>;
  fetchApi?: typeof fetch;
}

export class PlatformApi {
  constructor(private readonly configuration: ClientConfiguration) {}

  async call<T = unknown>(operationId: OperationId, pathParams: Record<string, string>, body?: unknown): Promise<ApiResponse<T>> {
    const operation = OPERATIONS[operationId];
    const path = operation.path.replace(/\{(\w+)\}/g, (_m, key: string) => {
      const v = pathParams[key];
      if (v === undefined) throw new Error(`${operationId}: missing path parameter ${key}`);
      return encodeURIComponent(v);
    });
    return this.send<T>(operation.method, this.configuration.basePath + path, body);
  }

  async send<T>(method: string, url: string, body?: unknown): Promise<ApiResponse<T>> {
    const f = this.configuration.fetchApi ?? fetch;
    const res = await f(url, {
      method,
      headers: {
        Authorization: `Bearer ${await this.configuration.accessToken()}`,
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    if (res.status >= 400) throw new Error(`${method} ${url} -> ${res.status} ${await res.text()}`);
    const type = res.headers.get('content-type') ?? '';
    const parsed = type.includes('application/json') ? await res.json() : await res.arrayBuffer();
    return { status: res.status, headers: res.headers, body: parsed as T };
  }
}
