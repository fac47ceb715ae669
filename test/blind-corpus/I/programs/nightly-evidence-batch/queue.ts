export type JobHandler<T, R> = (payload: T, attempt: number) => Promise<R>;

export interface JobResult<T, R> {
  payload: T;
  result?: R;
  error?: unknown;
  attempts: number;
}

/** Small in-process work queue with bounded concurrency and per-job retries. */
export class WorkQueue<T, R> {
  private readonly pending: T[] = [];

  constructor(private readonly handler: JobHandler<T, R>, private readonly concurrency = 4, private readonly maxAttempts = 2) {}

  enqueue(...payloads: T[]): this {
    this.pending.push(...payloads);
    return this;
  }

  async drain(): Promise<Array<JobResult<T, R>>> {
    const results: Array<JobResult<T, R>> = [];
    const worker = async () => {
      for (let payload = this.pending.shift(); payload !== undefined; payload = this.pending.shift()) {
        let attempt = 0;
        for (;;) {
          attempt++;
          try {
            results.push({ payload, result: await this.handler(payload, attempt), attempts: attempt });
            break;
          } catch (error) {
            if (attempt >= this.maxAttempts) {
              results.push({ payload, error, attempts: attempt });
              break;
            }
          }
        }
      }
    };
    await Promise.all(Array.from({ length: this.concurrency }, worker));
    return results;
  }
}
