import type { Transport } from './transport.js';

export type OperationState = 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';

export interface Operation {
  id: string;
  status: OperationState;
  resourceUrl?: string;
  resourceURL?: string;
  created: string;
  updated: string;
}

export class OperationHandle {
  constructor(
    private readonly transport: Transport,
    readonly url: string,
    private retryAfterSeconds: number,
  ) {}

  async wait(opts: { timeoutMs?: number } = {}): Promise<Operation> {
    const deadline = Date.now() + (opts.timeoutMs ?? 10 * 60_000);
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, this.retryAfterSeconds * 1000 + 100));
      const res = await this.transport.send<Operation>('GET', this.url);
      this.retryAfterSeconds = Number(res.headers['retry-after'] ?? this.retryAfterSeconds);
      if (['completed', 'cancelled', 'failed'].includes(res.data.status)) return res.data;
    }
    throw new Error(`operation ${this.url} timed out`);
  }

  async result(): Promise<ArrayBuffer> {
    const op = await this.wait();
    const resource = op.resourceUrl ?? op.resourceURL;
    if (op.status !== 'completed' || !resource) throw new Error(`operation ${op.id} ${op.status}`);
    return (await this.transport.send<ArrayBuffer>('GET', resource, { binary: true })).data;
  }
}
