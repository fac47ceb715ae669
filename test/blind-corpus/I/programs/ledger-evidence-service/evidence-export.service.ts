import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from './di.js';
import { WorkivaHttpService } from './workiva-http.service.js';

export interface SampleAttachmentRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface OperationDto {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  details?: Array<{ code?: string; message?: string }>;
}

const TERMINAL = new Set<OperationDto['status']>(['completed', 'cancelled', 'failed']);

@Injectable(WorkivaHttpService)
export class EvidenceExportService {
  constructor(private readonly http: WorkivaHttpService) {}

  async exportAttachmentPdf(ref: SampleAttachmentRef): Promise<Buffer> {
    const path =
      `/prototype/platform/audits/${encodeURIComponent(ref.auditId)}/procedures/${encodeURIComponent(ref.procedureId)}` +
      `/matrices/${encodeURIComponent(ref.matrixId)}/samples/${encodeURIComponent(ref.sampleId)}/attachments/${encodeURIComponent(ref.attachmentId)}/export`; // blind-corpus: path=ledger-export-1
    const accepted = await this.http.post<void>(path, { format: 'pdf' }); // blind-corpus: site=ledger-export-1
    const location = String(accepted.headers['location'] ?? '');
    if (accepted.status !== 202 || !location) {
      throw new Error(`Unexpected export response ${accepted.status}`);
    }
    const operation = await this.awaitOperation(location, this.retryAfterMs(accepted.headers['retry-after']));
    if (operation.status !== 'completed' || !operation.resourceUrl) {
      const reason = operation.details?.map((d) => d.message).join('; ') ?? 'no details';
      throw new Error(`Export operation ${operation.id} ended as ${operation.status}: ${reason}`);
    }
    const file = await this.http.get<ArrayBuffer>(operation.resourceUrl, { responseType: 'arraybuffer', headers: { Accept: 'application/pdf' } });
    return Buffer.from(file.data);
  }

  private async awaitOperation(location: string, initialDelayMs: number): Promise<OperationDto> {
    let delay = initialDelayMs;
    for (let attempt = 0; attempt < 60; attempt++) {
      await sleep(delay);
      const res = await this.http.get<OperationDto>(location);
      if (TERMINAL.has(res.data.status)) return res.data;
      delay = this.retryAfterMs(res.headers['retry-after']);
    }
    throw new Error(`Operation ${location} did not finish in time`);
  }

  private retryAfterMs(header: unknown): number {
    const seconds = Number(header);
    return (Number.isFinite(seconds) && seconds > 0 ? seconds : 2) * 1000;
  }
}
