import type { Response } from 'node-fetch';

export class UpstreamError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

export async function ensureAccepted(res: Response): Promise<{ operationUrl: string; retryAfterSec: number }> {
  if (res.status !== 202) {
    const payload = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
    throw new UpstreamError(res.status, payload.code, payload.message ?? res.statusText);
  }
  const operationUrl = res.headers.get('location');
  if (!operationUrl) throw new UpstreamError(res.status, undefined, 'no Location header on 202');
  return { operationUrl, retryAfterSec: parseRetryAfter(res) };
}

export function parseRetryAfter(res: Response): number {
  const value = res.headers.get('retry-after');
  if (!value) return 1;
  const n = Number(value);
  if (!Number.isNaN(n)) return n;
  const date = Date.parse(value);
  return Number.isNaN(date) ? 1 : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

export async function readPdf(res: Response): Promise<Uint8Array> {
  if (!res.ok) throw new UpstreamError(res.status, undefined, 'download failed');
  return new Uint8Array(await res.arrayBuffer());
}
