import { setTimeout as sleep } from 'node:timers/promises';
import type { SampleAttachmentRef, WorkpapersApi } from './api-client.js';

const TERMINAL = new Set(['completed', 'cancelled', 'failed']);

export class EvidenceService {
  constructor(
    private readonly api: WorkpapersApi,
    private readonly log: (msg: string) => void = () => {},
  ) {}

  async exportAsPdf(ref: SampleAttachmentRef, timeoutMs = 120_000): Promise<ArrayBuffer> {
    const handle = await this.api.startAttachmentExport(ref);
    this.log(`export of ${ref.attachmentId} accepted, polling ${handle.location}`);
    const deadline = Date.now() + timeoutMs;
    let wait = handle.retryAfterSeconds;
    while (Date.now() < deadline) {
      await sleep(wait * 1000);
      const { operation, retryAfterSeconds } = await this.api.getOperation(handle.location);
      if (TERMINAL.has(operation.status)) {
        if (operation.status !== 'completed') {
          throw new Error(`export ${operation.id} ended as ${operation.status}`);
        }
        const url = operation.resourceUrl ?? operation.resourceURL;
        if (!url) throw new Error(`export ${operation.id} completed without resourceUrl`);
        return this.api.download(url);
      }
      wait = Math.max(retryAfterSeconds, 1);
    }
    throw new Error(`export of ${ref.attachmentId} timed out`);
  }
}
