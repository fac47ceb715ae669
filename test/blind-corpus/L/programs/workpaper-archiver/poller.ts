import fetch, { type RequestInit } from 'node-fetch';

export type OperationStatus = 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
export interface Operation {
  id: string;
  status: OperationStatus;
  resourceUrl?: string | null;
  resourceURL?: string | null;
  originalRequest?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function parseRetryAfter(header: string | null, fallback = 5): number {
  if (!header) return fallback * 1000;
  const secs = Number.parseInt(header, 10);
  if (!Number.isNaN(secs)) return secs * 1000;
  const when = Date.parse(header);
  return Number.isNaN(when) ? fallback * 1000 : Math.max(0, when - Date.now());
}

export async function waitForOperation(location: string, initialDelayMs: number, init: RequestInit, ceilingMs: number): Promise<Operation> {
  const deadline = Date.now() + ceilingMs;
  let delay = initialDelayMs;
  while (Date.now() < deadline) {
    await sleep(delay + 25);
    const res = await fetch(location, { ...init, method: 'GET' });
    if (res.status === 429 || res.status === 503) {
      delay = parseRetryAfter(res.headers.get('retry-after'));
      continue;
    }
    if (!res.ok) throw new Error(`operation poll failed: HTTP ${res.status}`);
    const op = (await res.json()) as Operation;
    if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') return op;
    delay = parseRetryAfter(res.headers.get('retry-after'));
  }
  throw new Error(`operation at ${location} did not finish in time`);
}
