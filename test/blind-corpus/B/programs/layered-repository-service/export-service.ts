import { setTimeout as sleep } from 'node:timers/promises';
import type { AttachmentRepository, SampleAttachmentKey } from './attachment-repository.js';

export interface Logger {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
}

export class EvidenceExportService {
  constructor(
    private readonly repo: AttachmentRepository,
    private readonly log: Logger,
    private readonly timeoutMs = 5 * 60_000,
  ) {}

  async exportAttachmentPdf(key: SampleAttachmentKey): Promise<Uint8Array> {
    const accepted = await this.repo.requestPdfExport(key);
    this.log.info('export accepted', { location: accepted.location });

    const deadline = Date.now() + this.timeoutMs;
    let wait = accepted.retryAfterSeconds;
    while (Date.now() < deadline) {
      await sleep(wait * 1000 + 25);
      const { operation, retryAfterSeconds } = await this.repo.getOperation(accepted.location);
      if (operation.status === 'completed') {
        const url = operation.resourceUrl ?? operation.resourceURL;
        if (!url) throw new Error(`operation ${operation.id} completed without a resource URL`);
        return this.repo.download(url);
      }
      if (operation.status === 'failed' || operation.status === 'cancelled') {
        throw new Error(`export ${operation.id} ended as ${operation.status}`);
      }
      wait = Math.max(retryAfterSeconds, 1);
    }
    this.log.warn('export timed out', { location: accepted.location });
    throw new Error('timed out waiting for attachment export');
  }
}
