import { Pool, errors } from 'undici';

export interface RawResponse {
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export function header(res: RawResponse, name: string): string | undefined {
  const v = res.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Keeps one connection pool per Workiva origin. Operation and file URLs come back absolute and may
 * point at a different origin, so those get their own pool lazily.
 */
export class PooledTransport {
  private readonly pools = new Map<string, Pool>();

  constructor(private readonly bearer: string, private readonly connections = 4) {}

  private pool(origin: string): Pool {
    let pool = this.pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, { connections: this.connections, keepAliveTimeout: 10_000 });
      this.pools.set(origin, pool);
    }
    return pool;
  }

  async send(origin: string, opts: { method: 'GET' | 'POST'; path: string; json?: unknown; accept?: string }): Promise<RawResponse> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.bearer}`,
      accept: opts.accept ?? 'application/json',
    };
    let body: string | undefined;
    if (opts.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.json);
    }
    try {
      const res = await this.pool(origin).request({ method: opts.method, path: opts.path, headers, body });
      return { statusCode: res.statusCode, headers: res.headers, body: Buffer.from(await res.body.arrayBuffer()) };
    } catch (err) {
      if (err instanceof errors.UndiciError) throw new Error(`transport error talking to ${origin}: ${err.message}`);
      throw err;
    }
  }

  async getAbsolute(url: string, accept?: string): Promise<RawResponse> {
    const u = new URL(url);
    return this.send(u.origin, { method: 'GET', path: u.pathname + u.search, accept });
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((p) => p.close()));
    this.pools.clear();
  }
}
