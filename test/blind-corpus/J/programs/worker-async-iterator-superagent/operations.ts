import superagent from 'superagent';

export interface OperationSnapshot {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl: string | null;
  retryAfterSeconds: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Yields every observed state of a long-running operation, honouring Retry-After between polls. */
export async function* watchOperation(url: string, token: string, initialDelaySeconds: number, signal?: AbortSignal): AsyncGenerator<OperationSnapshot> {
  let delaySeconds = initialDelaySeconds;
  while (!signal?.aborted) {
    await sleep(delaySeconds * 1000);
    const res = await superagent.get(url).auth(token, { type: 'bearer' }).accept('application/json').retry(2);
    const body = res.body as { id: string; status: OperationSnapshot['status']; resourceUrl?: string | null; resourceURL?: string | null };
    delaySeconds = Number(res.get('Retry-After') ?? delaySeconds) || delaySeconds;
    const snapshot: OperationSnapshot = { id: body.id, status: body.status, resourceUrl: body.resourceUrl ?? body.resourceURL ?? null, retryAfterSeconds: delaySeconds };
    yield snapshot;
    if (snapshot.status === 'completed' || snapshot.status === 'failed' || snapshot.status === 'cancelled') return;
  }
}
