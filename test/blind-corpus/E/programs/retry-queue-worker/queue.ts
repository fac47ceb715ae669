import { EventEmitter } from 'node:events';

export interface Job<T> {
  id: string;
  send: () => Promise<T>;
}

/** Tiny in-process work queue with bounded concurrency. */
export class WorkQueue<T> extends EventEmitter {
  private readonly pending: Array<Job<T>> = [];
  private active = 0;

  constructor(private readonly concurrency = 2) {
    super();
  }

  push(job: Job<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ id: job.id, send: () => job.send().then((v) => (resolve(v), v), (e: unknown) => { reject(e); throw e; }) });
      this.drain();
    });
  }

  private drain(): void {
    while (this.active < this.concurrency && this.pending.length > 0) {
      const job = this.pending.shift();
      if (!job) break;
      this.active++;
      job
        .send()
        .then(() => this.emit('done', job.id), (error: unknown) => this.emit('failed', job.id, error))
        .finally(() => {
          this.active--;
          this.drain();
        });
    }
  }
}
