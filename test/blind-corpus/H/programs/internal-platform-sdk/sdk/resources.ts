import type { Transport } from './transport.js';
import { OperationHandle } from './operations.js';

const seg = encodeURIComponent;

export class AttachmentsResource {
  constructor(
    private readonly transport: Transport,
    private readonly samplePath: string,
  ) {}

  async export(attachmentId: string, format: 'pdf' = 'pdf'): Promise<OperationHandle> {
    const res = await this.transport.send('POST', `${this.samplePath}/attachments/${seg(attachmentId)}/export`, { data: { format }, version: '2022-01-01' }); // blind-corpus: site=internal-sdk-1
    return new OperationHandle(this.transport, String(res.headers['location']), Number(res.headers['retry-after'] ?? 1));
  }
}

export class SamplesResource {
  constructor(
    private readonly transport: Transport,
    private readonly matrixPath: string,
  ) {}

  get(sampleId: string) {
    return this.transport.send('GET', `${this.matrixPath}/samples/${seg(sampleId)}`);
  }

  update(changes: unknown[]) {
    return this.transport.send('POST', `${this.matrixPath}/samples/update`, { data: { changes } });
  }

  attachments(sampleId: string): AttachmentsResource {
    return new AttachmentsResource(this.transport, `${this.matrixPath}/samples/${seg(sampleId)}`);
  }
}

export class AuditsResource {
  constructor(private readonly transport: Transport) {}

  get(auditId: string) {
    return this.transport.send('GET', `/prototype/platform/audits/${seg(auditId)}`);
  }

  samples(auditId: string, procedureId: string, matrixId: string): SamplesResource {
    return new SamplesResource(this.transport, `/prototype/platform/audits/${seg(auditId)}/procedures/${seg(procedureId)}/matrices/${seg(matrixId)}`);
  }
}
