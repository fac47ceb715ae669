import type { HttpResponse, Logger, WorkivaHttpClient } from './http-client.js';

export interface SampleAttachmentKey {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface ExportOperation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  resourceURL?: string;
}

export interface Clock {
  sleep(ms: number): Promise<void>;
}

export class AttachmentExportService {
  constructor(
    private readonly http: WorkivaHttpClient,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  private attachmentPath(key: SampleAttachmentKey): string {
    return `/prototype/platform/audits/${key.auditId}/procedures/${key.procedureId}/matrices/${key.matrixId}/samples/${key.sampleId}/attachments/${key.attachmentId}`;
  }

  /** Kicks off a PDF export and returns the operation URL plus the advised wait. */
  async startPdfExport(key: SampleAttachmentKey): Promise<{ operationUrl: string; waitMs: number }> {
    const res = await this.http.request('POST', `${this.attachmentPath(key)}/export`, { body: { format: 'pdf' } }); // blind-corpus: site=di-service-1
    return this.accepted(res);
  }

  /** Same export, pinned to the dated API version (used by the reviewer workflow). */
  async startPinnedPdfExport(key: SampleAttachmentKey): Promise<{ operationUrl: string; waitMs: number }> {
    const exportPath = this.attachmentPath(key) + '/export'; // blind-corpus: path=di-service-2
    const res = await this.http.request('POST', exportPath, { body: { format: 'pdf' }, headers: { 'X-Version': '2022-01-01' } }); // blind-corpus: site=di-service-2
    return this.accepted(res);
  }

  async attachmentMetadata(key: SampleAttachmentKey): Promise<unknown> {
    const res = await this.http.request('GET', this.attachmentPath(key));
    return res.data;
  }

  async waitForCompletion(operationUrl: string, firstWaitMs: number): Promise<ExportOperation> {
    let waitMs = firstWaitMs;
    for (;;) {
      await this.clock.sleep(waitMs);
      const res = await this.http.request<ExportOperation>('GET', operationUrl);
      const op = res.data;
      this.logger.info('export operation', { id: op.id, status: op.status });
      if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') return op;
      waitMs = Number(res.headers.get('Retry-After') ?? '1') * 1000;
    }
  }

  async download(op: ExportOperation): Promise<Uint8Array> {
    const url = op.resourceUrl ?? op.resourceURL;
    if (op.status !== 'completed' || !url) {
      throw new Error(`operation ${op.id} is ${op.status}; nothing to download`);
    }
    const res = await this.http.request<Uint8Array>('GET', url, { responseType: 'bytes' });
    return res.data;
  }

  private accepted(res: HttpResponse<unknown>): { operationUrl: string; waitMs: number } {
    const operationUrl = res.headers.get('Location');
    if (res.status !== 202 || !operationUrl) {
      throw new Error(`unexpected export response ${res.status}`);
    }
    return { operationUrl, waitMs: Number(res.headers.get('Retry-After') ?? '1') * 1000 };
  }
}
