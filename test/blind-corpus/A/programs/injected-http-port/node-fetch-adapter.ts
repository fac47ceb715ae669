import fetch, { type Response } from 'node-fetch';
import type { HttpPort, HttpReply } from './ports.js';

function wrap(res: Response): HttpReply {
  return {
    status: res.status,
    header: (name) => res.headers.get(name) ?? undefined,
    json: async <T>() => (await res.json()) as T,
    bytes: async () => new Uint8Array(await res.arrayBuffer()),
  };
}

export class NodeFetchHttp implements HttpPort {
  constructor(private readonly baseUrl: string, private readonly token: () => Promise<string>) {}

  private resolve(path: string): string {
    return path.startsWith('http') ? path : `${this.baseUrl}${path}`;
  }

  async get(path: string): Promise<HttpReply> {
    return wrap(await fetch(this.resolve(path), { headers: { authorization: `Bearer ${await this.token()}` } }));
  }

  async post(path: string, body: unknown): Promise<HttpReply> {
    return wrap(
      await fetch(this.resolve(path), {
        method: 'POST',
        headers: { authorization: `Bearer ${await this.token()}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      }),
    );
  }
}
