export interface Job<T> {
  id: string;
  payload: T;
  attempts: number;
}

/** In-process stand-in for the SQS queue used in production. */
export class InMemoryQueue<T> {
  private readonly items: Job<T>[] = [];
  private seq = 0;

  enqueue(payload: T): string {
    const id = `job-${++this.seq}`;
    this.items.push({ id, payload, attempts: 0 });
    return id;
  }

  receive(max: number): Job<T>[] {
    return this.items.splice(0, max);
  }

  requeue(job: Job<T>): void {
    this.items.push({ ...job, attempts: job.attempts + 1 });
  }

  get size(): number {
    return this.items.length;
  }
}
