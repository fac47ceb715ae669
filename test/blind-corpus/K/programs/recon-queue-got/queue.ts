import { EventEmitter } from 'node:events';

export interface Job<P> {
  id: string;
  type: string;
  payload: P;
  attempts: number;
  runAt: number;
}

export type JobHandler<P> = (job: Job<P>, ctx: { enqueue: <Q>(type: string, payload: Q, delayMs?: number) => void }) => Promise<void>;

/** Minimal in-process delayed job queue (the cron container has no Redis). */
export class JobQueue extends EventEmitter {
  private readonly jobs: Job<unknown>[] = [];
  private readonly handlers = new Map<string, JobHandler<any>>();
  private seq = 0;
  private timer: NodeJS.Timeout | undefined;
  private running = 0;

  constructor(private readonly maxAttempts = 3) {
    super();
  }

  register<P>(type: string, handler: JobHandler<P>): this {
    this.handlers.set(type, handler);
    return this;
  }

  enqueue<P>(type: string, payload: P, delayMs = 0): void {
    this.jobs.push({ id: `job-${++this.seq}`, type, payload, attempts: 0, runAt: Date.now() + delayMs });
    this.schedule();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.jobs.length === 0) {
      if (this.running === 0) this.emit('drained');
      return;
    }
    const next = Math.min(...this.jobs.map((j) => j.runAt));
    this.timer = setTimeout(() => void this.tick(), Math.max(0, next - Date.now()));
  }

  private async tick(): Promise<void> {
    const now = Date.now();
    const due = this.jobs.filter((j) => j.runAt <= now);
    for (const job of due) this.jobs.splice(this.jobs.indexOf(job), 1);
    await Promise.all(due.map((job) => this.execute(job)));
    this.schedule();
  }

  private async execute(job: Job<unknown>): Promise<void> {
    const handler = this.handlers.get(job.type);
    if (!handler) return void this.emit('failed', job, new Error(`no handler for ${job.type}`));
    this.running++;
    try {
      job.attempts++;
      await handler(job, { enqueue: (type, payload, delayMs) => this.enqueue(type, payload, delayMs) });
      this.emit('completed', job);
    } catch (err) {
      if (job.attempts < this.maxAttempts) {
        this.jobs.push({ ...job, runAt: Date.now() + 2 ** job.attempts * 1000 });
      } else {
        this.emit('failed', job, err);
      }
    } finally {
      this.running--;
    }
  }
}
