import axios, { type AxiosInstance } from 'axios';
import type { DomainBus, ExportPollDue, ExportRequested } from './bus.js';

const retryAfterMs = (headers: Record<string, unknown>, fallbackSeconds = 1) => (Number(headers['retry-after'] ?? fallbackSeconds) || fallbackSeconds) * 1000;

export class AttachmentExportWorker {
  private readonly http: AxiosInstance;

  constructor(private readonly bus: DomainBus, apiUrl: string, token: string) {
    this.http = axios.create({ baseURL: apiUrl, headers: { common: { Authorization: `Bearer ${token}` } } });
    bus.subscribe('attachment.export.requested', (evt) => this.onRequested(evt));
    bus.subscribe('attachment.export.poll-due', (evt) => this.onPollDue(evt));
  }

  private async onRequested({ correlationId, attachment: a }: ExportRequested): Promise<void> {
    try {
      const res = await this.http.post(`/prototype/platform/audits/${a.auditId}/procedures/${a.procedureId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`, { format: 'pdf' }, { headers: { 'X-Version': '2022-01-01' } }); // blind-corpus: site=event-worker-1
      this.bus.publishAfter(retryAfterMs(res.headers) + 30, 'attachment.export.poll-due', { correlationId, operationUrl: res.headers['location'] as string, attempt: 1 });
    } catch (err) {
      this.bus.publish('attachment.export.failed', { correlationId, reason: axios.isAxiosError(err) ? `${err.response?.status} ${JSON.stringify(err.response?.data)}` : String(err) });
    }
  }

  private async onPollDue(evt: ExportPollDue): Promise<void> {
    try {
      await this.pollOnce(evt);
    } catch (err) {
      this.bus.publish('attachment.export.failed', { correlationId: evt.correlationId, reason: `poll error: ${String(err)}` });
    }
  }

  private async pollOnce(evt: ExportPollDue): Promise<void> {
    const res = await this.http.get<{ status: string; resourceUrl?: string; resourceURL?: string }>(evt.operationUrl);
    switch (res.data.status) {
      case 'completed': {
        const file = await this.http.get<ArrayBuffer>(res.data.resourceUrl ?? res.data.resourceURL ?? '', { responseType: 'arraybuffer' });
        this.bus.publish('attachment.export.completed', { correlationId: evt.correlationId, pdf: Buffer.from(file.data) });
        return;
      }
      case 'failed':
      case 'cancelled':
        this.bus.publish('attachment.export.failed', { correlationId: evt.correlationId, reason: res.data.status });
        return;
      default:
        if (evt.attempt >= 100) {
          this.bus.publish('attachment.export.failed', { correlationId: evt.correlationId, reason: 'too many polls' });
          return;
        }
        this.bus.publishAfter(retryAfterMs(res.headers) + 30, 'attachment.export.poll-due', { ...evt, attempt: evt.attempt + 1 });
    }
  }
}
