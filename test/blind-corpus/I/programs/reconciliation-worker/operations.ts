import { setTimeout as sleep } from 'node:timers/promises';
import type { Got } from 'got';

export interface LongRunningOperation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  created: string;
  updated: string;
}

/** Yields each observed state of an operation until it reaches a terminal status. */
export async function* watchOperation(api: Got, location: string, firstDelaySeconds: number): AsyncGenerator<LongRunningOperation> {
  let waitSeconds = firstDelaySeconds;
  while (true) {
    await sleep(Math.max(waitSeconds, 1) * 1000);
    const response = await api.get(location, { prefixUrl: '', responseType: 'json' });
    const op = response.body as LongRunningOperation;
    yield op;
    if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') return;
    waitSeconds = Number(response.headers['retry-after'] ?? waitSeconds);
  }
}
