import { Pool, type Dispatcher } from 'undici';
import type { ClientCredentialsTokenProvider } from './token.provider.js';

export interface WorkivaReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Dispatcher.ResponseData['body'];
}

export class UpstreamError extends Error {
  constructor(readonly status: number, readonly upstreamCode: string, message: string) {
    super(`[${status} ${upstreamCode}] ${message}`);
  }
}

/** Thin keep-alive client for the Workiva platform API. */
export class WorkivaClient {
  private readonly pool: Pool;

  constructor(private readonly origin: string, private readonly tokens: ClientCredentialsTokenProvider) {
    this.pool = new Pool(origin, { connections: 4 });
  }

  async call(method: 'GET' | 'POST', pathOrUrl: string, json?: unknown): Promise<WorkivaReply> {
    const url = new URL(pathOrUrl, this.origin);
    const headers: Record<string, string> = {
      authorization: `Bearer ${await this.tokens.getToken()}`,
      accept: 'application/json',
    };
    if (json !== undefined) headers['content-type'] = 'application/json';
    const res = await this.pool.request({
      path: url.pathname + url.search,
      method,
      headers,
      ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
    });
    if (res.statusCode >= 400) {
      const err = (await res.body.json().catch(() => ({}))) as { code?: string; message?: string };
      throw new UpstreamError(res.statusCode, err.code ?? 'unknown', err.message ?? 'request failed');
    }
    return { status: res.statusCode, headers: res.headers, body: res.body };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
