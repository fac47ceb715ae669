import { EventEmitter } from 'node:events';

export interface Job<T> {
  id: number;
  kind: string;
  payload: T;
  attempts: number;
  runAt: number;
}

export type Handler<T> = (job: Job<T>, queue: JobQueue) => Promise<void>;

/** Small in-process delayed job queue (the real service uses a Redis-backed one with the same shape). */
export class JobQueue extends EventEmitter {
  private seq = 0;
  private readonly handlers = new Map<string, Handler<any>>();
  private readonly timers = new Set<NodeJS.Timeout>();

  register<T>(kind: string, handler: Handler<T>): void {
    this.handlers.set(kind, handler);
  }

  enqueue<T>(kind: string, payload: T, delayMs = 0, attempts = 0): number {
    const job: Job<T> = { id: ++this.seq, kind, payload, attempts, runAt: Date.now() + delayMs };
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.dispatch(job);
    }, delayMs);
    this.timers.add(timer);
    return job.id;
  }

  private async dispatch(job: Job<unknown>): Promise<void> {
    const handler = this.handlers.get(job.kind);
    if (!handler) return void this.emit('error', new Error(`no handler for ${job.kind}`));
    try {
      await handler(job, this);
    } catch (err) {
      this.emit('failed', job, err);
    }
  }

  close(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
