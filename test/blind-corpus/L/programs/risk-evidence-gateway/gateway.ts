import type { Logger } from './logger.js';

export interface GatewayResponse {
  status: number;
  header(name: string): string | null;
  json<T>(): Promise<T>;
  bytes(): Promise<Uint8Array>;
}

export class GatewayError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** Infrastructure layer: the only place in the service that talks HTTP to Workiva. */
export class WorkivaGateway {
  constructor(private readonly baseUrl: URL, private readonly credentials: () => Promise<string>, private readonly logger: Logger) {}

  async send(method: 'GET' | 'POST', target: string | URL, payload?: object): Promise<GatewayResponse> {
    const url = typeof target === 'string' && !target.startsWith('http') ? new URL(target, this.baseUrl) : new URL(target);
    if (url.origin !== this.baseUrl.origin) throw new GatewayError(0, 'ForeignOrigin', `refusing to call ${url.origin}`);
    const started = performance.now();
    const res = await fetch(url, {
      method,
      headers: {
        Authorization: `Bearer ${await this.credentials()}`,
        Accept: 'application/json',
        ...(payload ? { 'Content-Type': 'application/json' } : {}),
      },
      body: payload ? JSON.stringify(payload) : undefined,
    });
    this.logger.log('debug', 'workiva.http', { method, path: url.pathname, status: res.status, ms: Math.round(performance.now() - started) });
    if (res.status >= 400) {
      const body = (await res.json().catch(() => ({ code: 'Unknown', message: res.statusText }))) as { code: string; message: string };
      throw new GatewayError(res.status, body.code, body.message);
    }
    return {
      status: res.status,
      header: (n) => res.headers.get(n),
      json: <T>() => res.json() as Promise<T>,
      bytes: async () => new Uint8Array(await res.arrayBuffer()),
    };
  }
}
