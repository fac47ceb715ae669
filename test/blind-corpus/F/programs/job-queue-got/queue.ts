import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';

export interface Job<P> {
  id: string;
  type: string;
  payload: P;
  attempts: number;
  runAt: number;
}

type Handler<P> = (job: Job<P>, queue: InMemoryQueue) => Promise<void>;

/** Tiny delayed-job queue; the production build swaps this for the Redis-backed one. */
export class InMemoryQueue extends EventEmitter {
  private readonly handlers = new Map<string, Handler<any>>();
  private readonly timers = new Set<NodeJS.Timeout>();

  register<P>(type: string, handler: Handler<P>): void {
    this.handlers.set(type, handler);
  }

  enqueue<P>(type: string, payload: P, delayMs = 0, attempts = 0): string {
    const job: Job<P> = { id: randomUUID(), type, payload, attempts, runAt: Date.now() + delayMs };
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.dispatch(job);
    }, delayMs);
    this.timers.add(timer);
    return job.id;
  }

  private async dispatch(job: Job<unknown>): Promise<void> {
    const handler = this.handlers.get(job.type);
    if (!handler) {
      this.emit('error', new Error(`no handler for ${job.type}`));
      return;
    }
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
