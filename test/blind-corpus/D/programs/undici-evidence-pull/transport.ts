import { Pool, request } from 'undici';

export type Headers = Record<string, string | string[] | undefined>;

export function header(headers: Headers, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

export async function getJson<T>(url: string, token: string): Promise<{ body: T; headers: Headers }> {
  const { statusCode, headers, body } = await request(url, { headers: { authorization: `Bearer ${token}` } });
  if (statusCode >= 400) {
    const text = await body.text();
    throw new Error(`GET ${url} -> ${statusCode} ${text}`);
  }
  return { body: (await body.json()) as T, headers };
}

export async function getBytes(url: string, token: string): Promise<Uint8Array> {
  const { statusCode, body } = await request(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/pdf' } });
  if (statusCode !== 200) throw new Error(`download failed: ${statusCode}`);
  return new Uint8Array(await body.arrayBuffer());
}

const pools = new Map<string, Pool>();

/** Long-running workers keep a connection pool per origin. */
export function poolFor(origin: string): Pool {
  let pool = pools.get(origin);
  if (!pool) {
    pool = new Pool(origin, { connections: 4 });
    pools.set(origin, pool);
  }
  return pool;
}

export async function closePools(): Promise<void> {
  await Promise.all([...pools.values()].map((p) => p.close()));
  pools.clear();
}
