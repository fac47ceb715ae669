export interface BuildRequestOptions {
  baseUrl: string;
  token: string;
  method?: 'GET' | 'POST';
  path: string;
  json?: unknown;
  accept?: string;
}

/** Builds a fully-formed Request; sending is left to `dispatch` so tests can inspect requests. */
export function buildRequest({ baseUrl, token, method = 'GET', path, json, accept = 'application/json' }: BuildRequestOptions): Request {
  const headers = new Headers({ Authorization: `Bearer ${token}`, Accept: accept });
  let body: string | undefined;
  if (json !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(json);
  }
  const url = /^https?:/.test(path) ? path : new URL(path, baseUrl).toString();
  return new Request(url, { method, headers, body });
}

export async function dispatch(request: Request, attempts = 3): Promise<Response> {
  for (let i = 1; ; i++) {
    const res = await fetch(request.clone());
    if ((res.status === 429 || res.status === 503) && i < attempts) {
      const seconds = Number(res.headers.get('retry-after') ?? 2);
      await new Promise((r) => setTimeout(r, seconds * 1000));
      continue;
    }
    if (res.status >= 400) {
      const problem = (await res.json().catch(() => null)) as { code?: string; message?: string } | null;
      throw new Error(`${request.method} ${new URL(request.url).pathname} failed: ${res.status} ${problem?.message ?? ''}`);
    }
    return res;
  }
}
