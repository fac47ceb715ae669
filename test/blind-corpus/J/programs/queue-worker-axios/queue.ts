import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';

export interface Job<T = unknown> {
  id: string;
  type: string;
  payload: T;
  attempts: number;
  runAt: number;
}

export type Handler = (job: Job<any>, queue: InMemoryQueue) => Promise<void>;

/** Tiny delayed-job queue used in dev and tests; production swaps in the Redis-backed one. */
export class InMemoryQueue extends EventEmitter {
  private readonly jobs: Job[] = [];
  private readonly handlers = new Map<string, Handler>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  process(type: string, handler: Handler): void {
    this.handlers.set(type, handler);
  }

  add<T>(type: string, payload: T, opts: { delayMs?: number; attempts?: number; id?: string } = {}): string {
    const job: Job<T> = { id: opts.id ?? randomUUID(), type, payload, attempts: opts.attempts ?? 0, runAt: Date.now() + (opts.delayMs ?? 0) };
    this.jobs.push(job);
    this.schedule();
    return job.id;
  }

  start(): void {
    this.running = true;
    this.schedule();
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
  }

  private schedule(): void {
    if (!this.running) return;
    clearTimeout(this.timer);
    const next = this.jobs.reduce((min, j) => Math.min(min, j.runAt), Infinity);
    if (next === Infinity) return;
    this.timer = setTimeout(() => void this.tick(), Math.max(0, next - Date.now()));
  }

  private async tick(): Promise<void> {
    const now = Date.now();
    const due = this.jobs.filter((j) => j.runAt <= now);
    for (const job of due) this.jobs.splice(this.jobs.indexOf(job), 1);
    await Promise.all(
      due.map(async (job) => {
        const handler = this.handlers.get(job.type);
        try {
          if (!handler) throw new Error(`no handler for ${job.type}`);
          await handler(job, this);
        } catch (err) {
          this.emit('failed', job, err);
        }
      }),
    );
    this.schedule();
  }
}
