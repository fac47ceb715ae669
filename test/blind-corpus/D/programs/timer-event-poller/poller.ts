import { EventEmitter } from 'node:events';

export interface OperationSnapshot {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl: string | null;
}

export interface PollerEvents {
  progress: [OperationSnapshot];
  completed: [OperationSnapshot];
  failed: [Error];
}

/** Polls an operation URL on a timer, rescheduling itself from each response's Retry-After. */
export class OperationPoller extends EventEmitter<PollerEvents> {
  private handle: NodeJS.Timeout | undefined;

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
    if (this.handle) clearTimeout(this.handle);
  }

  private schedule(seconds: number): void {
    this.handle = setTimeout(() => void this.tick(), seconds * 1000);
  }

  private async tick(): Promise<void> {
    try {
      const res = await fetch(this.url, { headers: this.headers });
      if (!res.ok) throw new Error(`poll failed: ${res.status}`);
      const snap = (await res.json()) as OperationSnapshot;
      this.emit('progress', snap);
      if (snap.status === 'completed') return void this.emit('completed', snap);
      if (snap.status === 'failed' || snap.status === 'cancelled') throw new Error(`operation ${snap.id} ${snap.status}`);
      this.schedule(Number(res.headers.get('retry-after') ?? 1));
    } catch (e) {
      this.emit('failed', e instanceof Error ? e : new Error(String(e)));
    }
  }
}
