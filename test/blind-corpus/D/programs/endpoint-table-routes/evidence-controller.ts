import { endpoints, type AttachmentRef } from './endpoints.js';
import { awaitOperation } from './operations.js';
import type { PlatformClient } from './platform-client.js';

export class EvidenceController {
  constructor(private readonly client: PlatformClient) {}

  async downloadEvidencePdf(ref: AttachmentRef): Promise<ArrayBuffer> {
    const accepted = await this.client.post(endpoints.sampleExport(ref), { format: 'pdf' }); // blind-corpus: site=endpoint-table-1
    const location = accepted.headers.get('location');
    if (accepted.status !== 202 || !location) throw new Error('export not accepted');
    const op = await awaitOperation(this.client, location, Number(accepted.headers.get('retry-after') ?? 1));
    if (op.status !== 'completed' || !op.resourceUrl) throw new Error(`export ${op.id} ${op.status}`);
    return this.client.getBytes(op.resourceUrl);
  }
}
