export interface ResourceContext {
  apiRoot: string;
  token: string;
}

/** A sample attachment as the evidence service models it. */
export class SampleAttachmentResource {
  constructor(
    readonly ctx: ResourceContext,
    readonly auditId: string,
    readonly procedureId: string,
    readonly matrixId: string,
    readonly sampleId: string,
    readonly attachmentId: string,
  ) {}

  get selfUrl(): string {
    return `${this.ctx.apiRoot}/prototype/platform/audits/${this.auditId}/procedures/${this.procedureId}/matrices/${this.matrixId}/samples/${this.sampleId}/attachments/${this.attachmentId}`;
  }

  get exportUrl(): string {
    return `${this.selfUrl}/export`; // blind-corpus: path=mixin-export-1
  }

  get authorization(): string {
    return `Bearer ${this.ctx.token}`;
  }
}
