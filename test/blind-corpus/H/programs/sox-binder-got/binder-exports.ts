import type { Got } from 'got';
import { setTimeout as wait } from 'node:timers/promises';

export type BinderItem = {
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
  label?: string;
};

type OperationBody = {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  resourceURL?: string;
};

export class BinderExports {
  constructor(
    private readonly api: Got,
    private readonly absolute: Got,
  ) {}

  private exportPath(item: BinderItem): string {
    return `prototype/platform/audits/${item.audit}/procedures/${item.procedure}/matrices/${item.matrix}/samples/${item.sample}/attachments/${item.attachment}/export`; // blind-corpus: path=sox-got-1,sox-got-2
  }

  async start(item: BinderItem): Promise<{ location: string; retryAfter: number }> {
    const res = await this.api.post(this.exportPath(item), { json: { format: 'pdf' }, throwHttpErrors: true }); // blind-corpus: site=sox-got-1
    return { location: String(res.headers.location), retryAfter: Number(res.headers['retry-after'] ?? 1) };
  }

  /**
   * Old code path kept for the quarterly binder job: it re-requests an export after a cancelled
   * operation. TODO(binder-team): fold into start() once the binder job is on the new scheduler.
   */
  async restartAfterCancel(item: BinderItem, previousOperation: string): Promise<string | undefined> {
    const { headers, statusCode } = await this.api.post(this.exportPath(item), { // blind-corpus: site=sox-got-2
      json: { format: 'pdf' },
      headers: { 'x-previous-operation': previousOperation },
    });
    return statusCode === 202 ? headers.location : undefined;
  }

  async *statuses(location: string, firstDelaySeconds: number): AsyncGenerator<OperationBody> {
    let delaySeconds = firstDelaySeconds;
    for (;;) {
      await wait(delaySeconds * 1000 + 100);
      const res = await this.absolute.get(location, { responseType: 'json' });
      const body = res.body as OperationBody;
      yield body;
      if (body.status === 'completed' || body.status === 'failed' || body.status === 'cancelled') return;
      delaySeconds = Number(res.headers['retry-after'] ?? delaySeconds);
    }
  }

  async download(resourceUrl: string): Promise<Buffer> {
    return this.absolute.get(resourceUrl).buffer();
  }
}
