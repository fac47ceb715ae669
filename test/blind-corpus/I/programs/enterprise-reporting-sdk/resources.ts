import type { Transport } from './transport.js';
import { Operation } from './operation.js';

export type ExportFormat = 'pdf';

abstract class Resource {
  constructor(protected readonly transport: Transport, protected readonly path: string) {}
}

export class AttachmentResource extends Resource {
  /** Starts an asynchronous export of this attachment and returns a handle to the operation. */
  async export(format: ExportFormat = 'pdf'): Promise<Operation> {
    const res = await this.transport.post<never>(`${this.path}/export`, { format }); // blind-corpus: site=sdk-export-1
    return Operation.fromAccepted(this.transport, res.headers);
  }
}

export class SampleResource extends Resource {
  attachments(attachmentId: string): AttachmentResource {
    return new AttachmentResource(this.transport, `${this.path}/attachments/${encodeURIComponent(attachmentId)}`);
  }

  /** Exports several attachments of this sample in one go, without building a resource per attachment. */
  async exportAttachments(attachmentIds: readonly string[], format: ExportFormat = 'pdf'): Promise<Operation[]> {
    return Promise.all(
      attachmentIds.map(async (id) => {
        const res = await this.transport.post<never>(this.path + '/attachments/' + encodeURIComponent(id) + '/export', { format }); // blind-corpus: site=sdk-export-2
        return Operation.fromAccepted(this.transport, res.headers);
      }),
    );
  }
}

export class MatrixResource extends Resource {
  samples(sampleId: string): SampleResource {
    return new SampleResource(this.transport, `${this.path}/samples/${encodeURIComponent(sampleId)}`);
  }
}

export class ProcedureResource extends Resource {
  matrices(matrixId: string): MatrixResource {
    return new MatrixResource(this.transport, `${this.path}/matrices/${encodeURIComponent(matrixId)}`);
  }
}

export class AuditResource extends Resource {
  procedures(procedureId: string): ProcedureResource {
    return new ProcedureResource(this.transport, `${this.path}/procedures/${encodeURIComponent(procedureId)}`);
  }
}

export class PlatformClient {
  private readonly transport: Transport;

  constructor(transport: Transport) {
    this.transport = transport;
  }

  audits(auditId: string): AuditResource {
    return new AuditResource(this.transport, `/prototype/platform/audits/${encodeURIComponent(auditId)}`);
  }
}
