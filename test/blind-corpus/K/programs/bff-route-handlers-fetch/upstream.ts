/** Upstream (Workiva) helpers for the reporting BFF. */
export const WORKIVA_API_URL = process.env['WORKIVA_API_URL'] ?? 'https://api.app.wdesk.com';

export class UpstreamError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly retryAfter?: number) {
    super(message);
    this.name = 'UpstreamError';
  }
}

export async function ensureOk(res: Response): Promise<Response> {
  if (res.ok) return res;
  let code = 'Unknown';
  let message = res.statusText;
  try {
    const body = (await res.json()) as { code?: string; message?: string };
    code = body.code ?? code;
    message = body.message ?? message;
  } catch {
    /* non-JSON error */
  }
  const ra = res.headers.get('retry-after');
  throw new UpstreamError(res.status, code, message, ra ? Number(ra) : undefined);
}

export function bearer(token: string, extra: HeadersInit = {}): Headers {
  const h = new Headers(extra);
  h.set('Authorization', `Bearer ${token}`);
  h.set('Accept', 'application/json');
  return h;
}
