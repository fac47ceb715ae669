import type { InMemoryQueue, Job } from './queue.js';

export interface ExportJobPayload {
  kind: 'sample-attachment-pdf' | 'sample-attachment-pdf-pinned';
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
}

export interface WorkerDeps {
  apiUrl: string;
  token: string;
  concurrency: number;
  maxAttempts: number;
  onResult: (jobId: string, payload: ExportJobPayload, pdf: Uint8Array) => void;
}

type Accepted = { location: string; retryAfter: number };

export class ExportWorker {
  constructor(
    private readonly queue: InMemoryQueue<ExportJobPayload>,
    private readonly deps: WorkerDeps,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { Authorization: `Bearer ${this.deps.token}`, ...extra };
  }

  private async submit(p: ExportJobPayload): Promise<Accepted> {
    const path = `/prototype/platform/audits/${p.audit}/procedures/${p.procedure}/matrices/${p.matrix}/samples/${p.sample}/attachments/${p.attachment}/export`; // blind-corpus: path=job-worker-1,job-worker-2
    let res: Response;
    if (p.kind === 'sample-attachment-pdf-pinned') {
      res = await fetch(this.deps.apiUrl + path, { method: 'POST', headers: this.headers({ 'Content-Type': 'application/json', 'X-Version': '2022-01-01' }), body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=job-worker-2
    } else {
      res = await fetch(this.deps.apiUrl + path, { method: 'POST', headers: this.headers({ 'Content-Type': 'application/json' }), body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=job-worker-1
    }
    if (res.status === 429 || res.status === 503) {
      throw Object.assign(new Error(`throttled (${res.status})`), { retryable: true });
    }
    if (res.status !== 202) throw new Error(`export rejected: ${res.status} ${await res.text()}`);
    return { location: res.headers.get('location')!, retryAfter: Number(res.headers.get('retry-after') ?? 1) };
  }

  private async await(accepted: Accepted): Promise<Uint8Array> {
    let after = accepted.retryAfter;
    for (;;) {
      await new Promise((r) => setTimeout(r, after * 1000));
      const res = await fetch(accepted.location, { headers: this.headers() });
      const op = (await res.json()) as { status: string; resourceUrl?: string | null };
      if (op.status === 'completed') {
        const file = await fetch(op.resourceUrl!, { headers: this.headers({ Accept: 'application/pdf' }) });
        return new Uint8Array(await file.arrayBuffer());
      }
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`operation ${op.status}`);
      after = Number(res.headers.get('retry-after') ?? 1);
    }
  }

  private async handle(job: Job<ExportJobPayload>): Promise<void> {
    try {
      const pdf = await this.await(await this.submit(job.payload));
      this.deps.onResult(job.id, job.payload, pdf);
    } catch (error) {
      const retryable = (error as { retryable?: boolean }).retryable === true;
      if (retryable && job.attempts + 1 < this.deps.maxAttempts) {
        this.queue.requeue(job);
        return;
      }
      throw error;
    }
  }

  /** Drains the queue; used by the cron entry point and tests. */
  async drain(): Promise<void> {
    while (this.queue.size > 0) {
      const batch = this.queue.receive(this.deps.concurrency);
      await Promise.all(batch.map((job) => this.handle(job)));
    }
  }
}
