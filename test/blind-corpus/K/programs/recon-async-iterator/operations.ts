import { setTimeout as sleep } from 'node:timers/promises';

export type OperationStatus = 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';

export interface Operation {
  id: string;
  status: OperationStatus;
  resourceUrl?: string | null;
  resourceURL?: string | null;
  created?: { dateTime: string };
  updated?: { dateTime: string };
  originalRequest?: string;
  details?: { code: string; message: string; target?: string }[] | null;
}

const TERMINAL: ReadonlySet<OperationStatus> = new Set(['completed', 'cancelled', 'failed']);

/** Yields every observed state of a long-running operation, honouring Retry-After between polls. */
export async function* watchOperation(location: string, headers: HeadersInit, firstDelaySeconds: number): AsyncGenerator<Operation, void, void> {
  let delay = firstDelaySeconds;
  while (true) {
    await sleep(delay * 1000);
    const res = await fetch(location, { headers });
    delay = Number(res.headers.get('retry-after') ?? '1') || 1;
    if (res.status === 429 || res.status === 503) continue;
    if (!res.ok) throw new Error(`operation poll failed: ${res.status}`);
    const op = (await res.json()) as Operation;
    yield op;
    if (TERMINAL.has(op.status)) return;
  }
}
