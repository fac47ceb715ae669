/** Value object for an evidence attachment as stored in our `evidence_attachments` table. */
export class SampleAttachmentRef {
  private constructor(
    readonly auditId: string,
    readonly procedureId: string,
    readonly matrixId: string,
    readonly sampleId: string,
    readonly attachmentId: string,
  ) {}

  static fromRecord(row: { audit_id: string; procedure_id: string; matrix_id: string; sample_id: string; attachment_id: string }): SampleAttachmentRef {
    for (const [k, v] of Object.entries(row)) if (!v) throw new TypeError(`evidence row is missing ${k}`);
    return new SampleAttachmentRef(row.audit_id, row.procedure_id, row.matrix_id, row.sample_id, row.attachment_id);
  }

  samplePath(): string {
    return ['', 'prototype', 'platform', 'audits', this.auditId, 'procedures', this.procedureId, 'matrices', this.matrixId, 'samples', this.sampleId]
      .map(encodeURIComponent)
      .join('/');
  }

  exportPath(): string {
    return `${this.samplePath()}/attachments/${encodeURIComponent(this.attachmentId)}/export`; // blind-corpus: path=repo-node-fetch-1
  }

  toString(): string {
    return `attachment ${this.attachmentId} (sample ${this.sampleId})`;
  }
}
