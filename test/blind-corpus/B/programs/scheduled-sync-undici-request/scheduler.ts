import { request } from 'undici';

export interface PendingExport {
  key: string;
  operationUrl: string;
  notBefore: number;
  resolve(pdf: Uint8Array): void;
  reject(err: Error): void;
}

/**
 * One timer drives every outstanding export: each tick polls only operations whose announced
 * Retry-After has elapsed, so the rate-limited operations endpoint is never hit early.
 */
export class OperationTicker {
  private readonly pending = new Map<string, PendingExport>();
  private timer?: NodeJS.Timeout;
  private busy = false;

  constructor(private readonly authorization: string, private readonly tickMs = 250) {}

  track(key: string, operationUrl: string, retryAfterSeconds: number): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.pending.set(key, { key, operationUrl, notBefore: Date.now() + retryAfterSeconds * 1000, resolve, reject });
      this.timer ??= setInterval(() => void this.tick(), this.tickMs);
    });
  }

  private async tick(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const now = Date.now();
      for (const job of [...this.pending.values()].filter((j) => j.notBefore <= now)) {
        await this.pollOne(job).catch((err: Error) => {
          this.pending.delete(job.key);
          job.reject(err);
        });
      }
    } finally {
      this.busy = false;
      if (this.pending.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    }
  }

  private async pollOne(job: PendingExport): Promise<void> {
    const { statusCode, headers, body } = await request(job.operationUrl, { headers: { authorization: this.authorization } });
    const retryAfter = Number(headers['retry-after'] ?? 1);
    job.notBefore = Date.now() + retryAfter * 1000;
    if (statusCode === 429 || statusCode === 503) {
      await body.dump();
      return;
    }
    const op = (await body.json()) as { id: string; status: string; resourceUrl?: string; resourceURL?: string };
    if (op.status === 'completed') {
      this.pending.delete(job.key);
      const file = await request(op.resourceUrl ?? op.resourceURL ?? '', { headers: { authorization: this.authorization, accept: 'application/pdf' } });
      job.resolve(new Uint8Array(await file.body.arrayBuffer()));
    } else if (op.status === 'failed' || op.status === 'cancelled') {
      throw new Error(`${job.key}: operation ${op.id} ${op.status}`);
    }
  }
}
