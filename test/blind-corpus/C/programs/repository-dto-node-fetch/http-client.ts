import fetch, { type Response } from 'node-fetch';
import { Agent } from 'node:http';

export interface HttpResult {
  status: number;
  header(name: string): string | null;
  json<T>(): Promise<T>;
  bytes(): Promise<Buffer>;
}

export interface HttpClient {
  get(urlOrPath: string, accept?: string): Promise<HttpResult>;
  post(path: string, body: unknown): Promise<HttpResult>;
}

const keepAlive = new Agent({ keepAlive: true, maxSockets: 8 });

function wrap(res: Response): HttpResult {
  return {
    status: res.status,
    header: (n) => res.headers.get(n),
    json: async <T>() => (await res.json()) as T,
    bytes: async () => Buffer.from(await res.arrayBuffer()),
  };
}

export class NodeFetchHttpClient implements HttpClient {
  constructor(private readonly root: string, private readonly credentials: { bearer: string }) {}

  private url(p: string): string {
    return p.startsWith('http') ? p : this.root + p;
  }

  private headers(extra?: Record<string, string>): Record<string, string> {
    return { Authorization: `Bearer ${this.credentials.bearer}`, ...extra };
  }

  async get(urlOrPath: string, accept = 'application/json'): Promise<HttpResult> {
    const u = this.url(urlOrPath);
    return wrap(await fetch(u, { headers: this.headers({ Accept: accept }), agent: u.startsWith('http:') ? keepAlive : undefined }));
  }

  async post(path: string, body: unknown): Promise<HttpResult> {
    const u = this.url(path);
    return wrap(
      await fetch(u, {
        method: 'POST',
        headers: this.headers({ 'Content-Type': 'application/json', Accept: 'application/json' }),
        body: JSON.stringify(body),
        agent: u.startsWith('http:') ? keepAlive : undefined,
      }),
    );
  }
}
