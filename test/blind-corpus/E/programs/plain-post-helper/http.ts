// Thin wrappers the reporting service uses for every outbound call.
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    readonly url: string,
  ) {
    super(`HTTP ${status} from ${url}: ${body.slice(0, 200)}`);
    this.name = 'HttpError';
  }
}

let bearer = '';

export function useToken(token: string): void {
  bearer = token;
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  return { Authorization: `Bearer ${bearer}`, Accept: 'application/json', ...extra };
}

export async function post(url: string, body: unknown): Promise<Response> {
  const res = await fetch(url, { method: 'POST', headers: headers({ 'Content-Type': 'application/json' }), body: JSON.stringify(body) });
  if (res.status >= 400) throw new HttpError(res.status, await res.text(), url);
  return res;
}

export async function get(url: string): Promise<Response> {
  const res = await fetch(url, { headers: headers() });
  if (!res.ok) throw new HttpError(res.status, await res.text(), url);
  return res;
}

export async function getBytes(url: string): Promise<ArrayBuffer> {
  const res = await fetch(url, { headers: { Authorization: `Bearer ${bearer}` } });
  if (!res.ok) throw new HttpError(res.status, await res.text(), url);
  return res.arrayBuffer();
}
