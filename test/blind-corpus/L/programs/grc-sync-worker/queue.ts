export interface Job<T> {
  id: string;
  kind: string;
  payload: T;
  attempts: number;
  runAt: number;
}

type Handler<T> = (job: Job<T>, queue: JobQueue) => Promise<unknown>;

/** Tiny in-process delayed job queue (the real deployment uses SQS; same interface). */
export class JobQueue {
  private readonly handlers = new Map<string, Handler<any>>();
  private readonly waiters = new Map<string, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  private seq = 0;

  on<T>(kind: string, handler: Handler<T>): void {
    this.handlers.set(kind, handler);
  }

  enqueue<T>(kind: string, payload: T, delayMs = 0, correlationId?: string): string {
    const job: Job<T> = { id: correlationId ?? `job-${++this.seq}`, kind, payload, attempts: 0, runAt: Date.now() + delayMs };
    setTimeout(() => void this.dispatch(job), delayMs);
    return job.id;
  }

  result(id: string): Promise<unknown> {
    return new Promise((resolve, reject) => this.waiters.set(id, { resolve, reject }));
  }

  complete(id: string, value: unknown): void {
    this.waiters.get(id)?.resolve(value);
    this.waiters.delete(id);
  }

  fail(id: string, error: unknown): void {
    this.waiters.get(id)?.reject(error);
    this.waiters.delete(id);
  }

  private async dispatch(job: Job<unknown>): Promise<void> {
    const handler = this.handlers.get(job.kind);
    if (!handler) return this.fail(job.id, new Error(`no handler for ${job.kind}`));
    try {
      job.attempts++;
      await handler(job, this);
    } catch (err) {
      this.fail(job.id, err);
    }
  }
}
