export interface Invocation {
  method: 'GET' | 'POST';
  url: URL | string;
  token: string;
  json?: unknown;
  accept?: string;
}

export interface InvocationResult {
  ok: boolean;
  status: number;
  retryAfter: number | undefined;
  location: string | null;
  response: Response;
}

export async function invoke(inv: Invocation): Promise<InvocationResult> {
  const headers = new Headers({ authorization: `Bearer ${inv.token}`, accept: inv.accept ?? 'application/json' });
  let body: string | undefined;
  if (inv.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(inv.json);
  }
  const response = await fetch(inv.url, { method: inv.method, headers, body });
  const ra = response.headers.get('retry-after');
  return { ok: response.ok, status: response.status, retryAfter: ra === null ? undefined : Number(ra), location: response.headers.get('location'), response };
}
