import got, { RequestError, type OptionsOfTextResponseBody } from 'got';

export interface AttachmentExportItem {
  tenant: string;
  audit: { id: string; procedureId: string };
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface BatchConfig {
  apiUrl: string;
  token: string;
  concurrency: number;
  maxResubmits: number;
}

export interface ItemResult {
  item: AttachmentExportItem;
  pdf?: Buffer;
  error?: string;
}

const sleep = (s: number) => new Promise<void>((r) => setTimeout(r, s * 1000 + 25));

export class AttachmentExportBatch {
  private readonly common: OptionsOfTextResponseBody;

  constructor(private readonly cfg: BatchConfig) {
    this.common = {
      headers: { authorization: `Bearer ${cfg.token}`, 'x-version': '2022-01-01', 'x-tenant': '' },
      timeout: { request: 30_000 },
      throwHttpErrors: false,
    };
  }

  private itemOptions(item: AttachmentExportItem): OptionsOfTextResponseBody {
    return { ...this.common, headers: { ...this.common.headers, 'x-tenant': item.tenant } };
  }

  private async submit(item: AttachmentExportItem) {
    const res = await got({ // blind-corpus: site=got-batch-1
      ...this.itemOptions(item),
      url: `${this.cfg.apiUrl}/prototype/platform/audits/${item.audit.id}/procedures/${item.audit.procedureId}/matrices/${item.matrixId}/samples/${item.sampleId}/attachments/${item.attachmentId}/export`, // blind-corpus: path=got-batch-1
      method: 'POST',
      json: { format: 'pdf' },
    });
    if (res.statusCode !== 202) throw new Error(`submit ${item.attachmentId}: HTTP ${res.statusCode} ${res.body}`);
    return { location: String(res.headers.location), retryAfter: Number(res.headers['retry-after'] ?? 1) };
  }

  /** Used when an operation ends as `failed`: Workiva recommends one fresh submission. */
  private async resubmit(item: AttachmentExportItem, reason: string) {
    console.warn(`resubmitting ${item.attachmentId} after ${reason}`);
    const exportPath = `/prototype/platform/audits/${item.audit.id}/procedures/${item.audit.procedureId}/matrices/${item.matrixId}/samples/${item.sampleId}/attachments/${item.attachmentId}/export`; // blind-corpus: path=got-batch-2
    const res = await got.post(new URL(exportPath, this.cfg.apiUrl), { ...this.itemOptions(item), json: { format: 'pdf' } }); // blind-corpus: site=got-batch-2
    if (res.statusCode !== 202) throw new Error(`resubmit ${item.attachmentId}: HTTP ${res.statusCode}`);
    return { location: String(res.headers.location), retryAfter: Number(res.headers['retry-after'] ?? 1) };
  }

  private async track(item: AttachmentExportItem, location: string, retryAfter: number): Promise<{ status: string; resourceUrl?: string }> {
    let wait = retryAfter;
    for (;;) {
      await sleep(wait);
      const res = await got.get(location, this.itemOptions(item));
      if (res.statusCode === 429) {
        wait = Number(res.headers['retry-after'] ?? 5);
        continue;
      }
      const op = JSON.parse(res.body) as { status: string; resourceUrl?: string; resourceURL?: string };
      wait = Number(res.headers['retry-after'] ?? 1);
      if (['completed', 'failed', 'cancelled'].includes(op.status)) return { status: op.status, resourceUrl: op.resourceUrl ?? op.resourceURL };
    }
  }

  private async processItem(item: AttachmentExportItem): Promise<ItemResult> {
    try {
      let { location, retryAfter } = await this.submit(item);
      let op = await this.track(item, location, retryAfter);
      for (let n = 0; op.status === 'failed' && n < this.cfg.maxResubmits; n++) {
        ({ location, retryAfter } = await this.resubmit(item, op.status));
        op = await this.track(item, location, retryAfter);
      }
      if (op.status !== 'completed' || !op.resourceUrl) return { item, error: `ended as ${op.status}` };
      const pdf = await got.get(op.resourceUrl, this.itemOptions(item)).buffer();
      return { item, pdf };
    } catch (err) {
      return { item, error: err instanceof RequestError ? `${err.code}: ${err.message}` : String(err) };
    }
  }

  async runAll(items: AttachmentExportItem[]): Promise<ItemResult[]> {
    const results: ItemResult[] = new Array(items.length);
    let cursor = 0;
    const worker = async () => {
      while (cursor < items.length) {
        const index = cursor++;
        results[index] = await this.processItem(items[index]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.cfg.concurrency, items.length) }, worker));
    return results;
  }
}
