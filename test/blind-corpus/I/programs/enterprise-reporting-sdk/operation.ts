import { setTimeout as sleep } from 'node:timers/promises';
import type { Transport, TransportResponse } from './transport.js';

export type OperationStatus = 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';

interface OperationBody {
  id: string;
  status: OperationStatus;
  resourceUrl?: string;
  resourceURL?: string;
}

function firstHeader(headers: TransportResponse<unknown>['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export class Operation {
  private constructor(
    private readonly transport: Transport,
    readonly url: string,
    private nextPollAt: number,
  ) {}

  static fromAccepted(transport: Transport, headers: TransportResponse<unknown>['headers']): Operation {
    const location = firstHeader(headers, 'location');
    if (!location) throw new Error('operation location missing from 202 response');
    const retryAfter = Number(firstHeader(headers, 'retry-after') ?? 1);
    return new Operation(transport, location, Date.now() + retryAfter * 1000);
  }

  async wait(options: { timeoutMs?: number } = {}): Promise<OperationBody> {
    const deadline = Date.now() + (options.timeoutMs ?? 300_000);
    while (Date.now() < deadline) {
      await sleep(Math.max(0, this.nextPollAt - Date.now()));
      const res = await this.transport.getJson<OperationBody>(this.url);
      this.nextPollAt = Date.now() + Number(firstHeader(res.headers, 'retry-after') ?? 1) * 1000;
      if (['completed', 'failed', 'cancelled'].includes(res.body.status)) return res.body;
    }
    throw new Error(`timed out waiting for ${this.url}`);
  }

  async download(): Promise<Buffer> {
    const done = await this.wait();
    const resource = done.resourceUrl ?? done.resourceURL;
    if (done.status !== 'completed' || !resource) throw new Error(`operation ${done.id} ${done.status}`);
    return this.transport.getBytes(resource);
  }
}
