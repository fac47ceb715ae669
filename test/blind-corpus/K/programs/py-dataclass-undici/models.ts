/** Mirrors the @dataclass(frozen=True) AttachmentRef from the Python service. */
export class AttachmentRef {
  constructor(
    readonly audit_id: string,
    readonly procedure_id: string,
    readonly matrix_id: string,
    readonly sample_id: string,
    readonly attachment_id: string,
  ) {
    Object.freeze(this);
  }

  private get sample_path(): string {
    const q = encodeURIComponent;
    return `/prototype/platform/audits/${q(this.audit_id)}/procedures/${q(this.procedure_id)}/matrices/${q(this.matrix_id)}/samples/${q(this.sample_id)}`;
  }

  /** GET: sample metadata (used for logging the sample name). */
  metadata_path(): string {
    return this.sample_path;
  }

  export_path(): string {
    return `${this.sample_path}/attachments/${encodeURIComponent(this.attachment_id)}/export`; // blind-corpus: path=py-undici-1
  }

  toString(): string {
    return `AttachmentRef(audit_id=${this.audit_id}, sample_id=${this.sample_id}, attachment_id=${this.attachment_id})`;
  }
}

export interface OperationDTO {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
  originalRequest?: string;
  details?: { code: string; message: string }[] | null;
}
