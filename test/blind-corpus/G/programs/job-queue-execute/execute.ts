import fetch from 'node-fetch';
import type { OutboundRequest } from './requests.js';

export interface Executed {
  status: number;
  header(name: string): string | null;
  json<T>(): Promise<T>;
  bytes(): Promise<ArrayBuffer>;
}

export async function execute(req: OutboundRequest): Promise<Executed> {
  const res = await fetch(req.url, { method: req.method, headers: req.headers, body: req.body });
  return {
    status: res.status,
    header: (name) => res.headers.get(name),
    json: async <T,>() => (await res.json()) as T,
    bytes: () => res.arrayBuffer(),
  };
}
