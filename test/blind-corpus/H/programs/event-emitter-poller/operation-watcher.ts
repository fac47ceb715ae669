import { EventEmitter, once } from 'node:events';

export interface OperationSnapshot {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  resourceURL?: string;
}

interface WatcherEvents {
  status: [OperationSnapshot];
  done: [OperationSnapshot];
  error: [Error];
}

/** Polls an operation URL and emits `status` on every poll and `done` once terminal. */
export class OperationWatcher extends EventEmitter<WatcherEvents> {
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string>,
  ) {
    super();
  }

  start(initialDelaySeconds: number): this {
    this.schedule(initialDelaySeconds);
    return this;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  async result(): Promise<OperationSnapshot> {
    const [snapshot] = await once(this, 'done');
    return snapshot as OperationSnapshot;
  }

  private schedule(seconds: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), Math.ceil(seconds * 1000) + 50);
  }

  private async tick(): Promise<void> {
    try {
      const res = await fetch(this.url, { headers: this.headers });
      const retryAfter = Number(res.headers.get('retry-after') ?? '2');
      if (res.status === 429) return this.schedule(retryAfter);
      if (!res.ok) throw new Error(`operation poll returned ${res.status}`);
      const snapshot = (await res.json()) as OperationSnapshot;
      this.emit('status', snapshot);
      if (snapshot.status === 'completed' || snapshot.status === 'failed' || snapshot.status === 'cancelled') {
        this.emit('done', snapshot);
        return;
      }
      this.schedule(retryAfter);
    } catch (error) {
      this.emit('error', error instanceof Error ? error : new Error(String(error)));
    }
  }
}
