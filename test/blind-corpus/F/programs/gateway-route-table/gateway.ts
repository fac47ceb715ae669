import type { EndpointDef } from './endpoints.js';

export interface GatewayResponse {
  status: number;
  headers: Headers;
  json<T>(): Promise<T>;
  bytes(): Promise<Uint8Array>;
}

export class GatewayError extends Error {
  constructor(readonly status: number, readonly payload: { code?: string; message?: string }) {
    super(`${status} ${payload.code ?? 'error'}: ${payload.message ?? ''}`);
  }
}

function expand(path: string, params: Record<string, string>): string {
  return path.replace(/:([A-Za-z]+)/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}

export class WorkivaGateway {
  constructor(private readonly baseUrl: string, private readonly token: () => string) {}

  async call(endpoint: EndpointDef, params: Record<string, string>, body?: unknown): Promise<GatewayResponse> {
    return this.send(endpoint.method, this.baseUrl + expand(endpoint.path, params), body, endpoint.version);
  }

  async follow(url: string): Promise<GatewayResponse> {
    return this.send('GET', url);
  }

  private async send(method: string, url: string, body?: unknown, version?: string): Promise<GatewayResponse> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token()}` };
    if (version) headers['X-Version'] = version;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (res.status >= 400) throw new GatewayError(res.status, (await res.json().catch(() => ({}))) as { code?: string; message?: string });
    return {
      status: res.status,
      headers: res.headers,
      json: <T>() => res.json() as Promise<T>,
      bytes: async () => new Uint8Array(await res.arrayBuffer()),
    };
  }
}
