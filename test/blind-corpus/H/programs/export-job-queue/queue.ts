import { randomUUID } from 'node:crypto';

export interface Job<P> {
  id: string;
  name: string;
  payload: P;
  attempts: number;
  runAt: number;
}

export type Handler<P> = (job: Job<P>, queue: JobQueue) => Promise<void>;

/** In-process delayed job queue (the worker image does not have Redis in every environment). */
export class JobQueue {
  private readonly handlers = new Map<string, Handler<any>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private failed?: (job: Job<unknown>, error: unknown) => void;

  process<P>(name: string, handler: Handler<P>): void {
    this.handlers.set(name, handler);
  }

  onFailed(listener: (job: Job<unknown>, error: unknown) => void): void {
    this.failed = listener;
  }

  add<P>(name: string, payload: P, opts: { delayMs?: number; attempts?: number } = {}): Job<P> {
    const job: Job<P> = { id: randomUUID(), name, payload, attempts: opts.attempts ?? 0, runAt: Date.now() + (opts.delayMs ?? 0) };
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.execute(job);
    }, opts.delayMs ?? 0);
    this.timers.add(timer);
    return job;
  }

  private async execute(job: Job<unknown>): Promise<void> {
    const handler = this.handlers.get(job.name);
    if (!handler) return this.failed?.(job, new Error(`no handler for ${job.name}`));
    try {
      await handler(job, this);
    } catch (error) {
      this.failed?.(job, error);
    }
  }

  close(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
