export type OperationStatus = 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';

export interface OperationSnapshot {
  id: string;
  status: OperationStatus;
  resourceUrl?: string;
  resourceURL?: string;
  updated?: string;
}

export interface PollOptions {
  headers: HeadersInit;
  initialDelaySeconds: number;
  signal?: AbortSignal;
  maxPolls?: number;
}

const TERMINAL: ReadonlySet<OperationStatus> = new Set(['completed', 'cancelled', 'failed']);

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(signal.reason);
    }, { once: true });
  });
}

/** Yields every snapshot of a long-running operation until it reaches a terminal state. */
export async function* watchOperation(location: string, opts: PollOptions): AsyncGenerator<OperationSnapshot, void, void> {
  let waitSeconds = opts.initialDelaySeconds;
  for (let n = 0; n < (opts.maxPolls ?? Infinity); n++) {
    await delay(waitSeconds * 1000 + 50, opts.signal);
    const res = await fetch(location, { headers: opts.headers, signal: opts.signal });
    const announced = Number(res.headers.get('retry-after'));
    if (res.status === 429 || res.status === 503) {
      waitSeconds = Number.isFinite(announced) && announced > 0 ? announced : waitSeconds * 2;
      continue;
    }
    if (!res.ok) throw new Error(`GET ${location} -> ${res.status}`);
    const snapshot = (await res.json()) as OperationSnapshot;
    yield snapshot;
    if (TERMINAL.has(snapshot.status)) return;
    waitSeconds = Number.isFinite(announced) && announced > 0 ? announced : 1;
  }
  throw new Error(`operation ${location} did not finish`);
}
