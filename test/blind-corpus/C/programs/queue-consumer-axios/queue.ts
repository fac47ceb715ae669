import { EventEmitter } from 'node:events';

export interface Job<T> {
  id: string;
  type: string;
  payload: T;
  attempts: number;
  runAt: number;
}

type Handler<T> = (job: Job<T>, queue: InMemoryQueue) => Promise<void>;

/** Stand-in for the SQS consumer in local runs and integration tests. */
export class InMemoryQueue extends EventEmitter {
  private readonly handlers = new Map<string, Handler<any>>();
  private seq = 0;

  register<T>(type: string, handler: Handler<T>): void {
    this.handlers.set(type, handler);
  }

  enqueue<T>(type: string, payload: T, delayMs = 0, attempts = 0): string {
    const job: Job<T> = { id: `job-${++this.seq}`, type, payload, attempts, runAt: Date.now() + delayMs };
    setTimeout(() => void this.dispatch(job), delayMs);
    return job.id;
  }

  private async dispatch(job: Job<unknown>): Promise<void> {
    const handler = this.handlers.get(job.type);
    if (!handler) return void this.emit('error', new Error(`no handler for ${job.type}`));
    try {
      await handler(job, this);
    } catch (err) {
      this.emit('failed', job, err);
    }
  }
}
