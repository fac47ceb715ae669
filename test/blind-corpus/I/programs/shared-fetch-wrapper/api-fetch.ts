// @corp/api-fetch: the fetch wrapper every internal web service uses.
export class ApiError extends Error {
  constructor(readonly status: number, readonly body: { code?: string; message?: string }, readonly retryAfter: number | null) {
    super(body.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

export interface ApiFetchInit extends Omit<RequestInit, 'body'> {
  json?: unknown;
}

let baseUrl = '';
let tokenSource: () => string | Promise<string> = () => '';

export function configureApiFetch(opts: { baseUrl: string; token: () => string | Promise<string> }): void {
  baseUrl = opts.baseUrl.replace(/\/$/, '');
  tokenSource = opts.token;
}

export async function apiFetch(path: string, init: ApiFetchInit = {}): Promise<Response> {
  const { json, headers, ...rest } = init;
  const h = new Headers(headers);
  h.set('Authorization', `Bearer ${await tokenSource()}`);
  if (!h.has('Accept')) h.set('Accept', 'application/json');
  if (json !== undefined) h.set('Content-Type', 'application/json');
  const url = path.startsWith('http') ? path : baseUrl + path;
  const res = await fetch(url, { ...rest, headers: h, body: json === undefined ? undefined : JSON.stringify(json) });
  if (!res.ok) {
    const ra = res.headers.get('Retry-After');
    throw new ApiError(res.status, (await res.json().catch(() => ({}))) as ApiError['body'], ra === null ? null : Number(ra));
  }
  return res;
}
