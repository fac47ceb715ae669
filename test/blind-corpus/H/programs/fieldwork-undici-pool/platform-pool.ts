import { Pool, type Dispatcher } from 'undici';

export interface PoolConfig {
  origin: string;
  token: string;
  connections?: number;
}

export class PlatformPool {
  readonly pool: Pool;
  private readonly pathPrefix: string;

  constructor(private readonly config: PoolConfig) {
    const url = new URL(config.origin);
    this.pool = new Pool(url.origin, { connections: config.connections ?? 4, keepAliveTimeout: 10_000 });
    this.pathPrefix = url.pathname.replace(/\/$/, '');
  }

  headers(extra: Record<string, string> = {}): Record<string, string> {
    return { authorization: `Bearer ${this.config.token}`, accept: 'application/json', ...extra };
  }

  prefixed(path: string): string {
    return `${this.pathPrefix}${path}`;
  }

  /** For Location / resourceUrl values, which are absolute and may point at another origin. */
  async getAbsolute(url: string): Promise<Dispatcher.ResponseData> {
    const target = new URL(url);
    if (target.origin === new URL(this.config.origin).origin) {
      return this.pool.request({ method: 'GET', path: target.pathname + target.search, headers: this.headers() });
    }
    const { request } = await import('undici');
    return request(target, { method: 'GET', headers: this.headers() });
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
