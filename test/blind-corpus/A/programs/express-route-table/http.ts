let bearer = '';

export function configureAuth(token: string): void {
  bearer = token;
}

export interface HttpResult<T> {
  status: number;
  headers: Headers;
  data: T;
}

async function parse(res: Response): Promise<unknown> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) return res.json();
  if (type.startsWith('text/')) return res.text();
  return new Uint8Array(await res.arrayBuffer());
}

export async function post<T = unknown>(url: string, body: unknown): Promise<HttpResult<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${new URL(url).pathname} -> ${res.status}: ${await res.text()}`);
  return { status: res.status, headers: res.headers, data: (await parse(res)) as T };
}

export async function get<T = unknown>(url: string): Promise<HttpResult<T>> {
  const res = await fetch(url, { headers: { Authorization: `Bearer ${bearer}` } });
  if (!res.ok) throw new Error(`GET ${url} -> ${res.status}`);
  return { status: res.status, headers: res.headers, data: (await parse(res)) as T };
}
