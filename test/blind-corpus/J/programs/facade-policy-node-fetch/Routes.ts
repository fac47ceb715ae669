export interface SampleAttachmentKey {
  readonly auditId: string;
  readonly procedureId: string;
  readonly matrixId: string;
  readonly sampleId: string;
  readonly attachmentId: string;
}

/** All Workiva routes used by the reporting service, in one place. */
export abstract class Routes {
  static audit(auditId: string): string {
    return `/prototype/platform/audits/${encodeURIComponent(auditId)}`;
  }

  static sample(k: Omit<SampleAttachmentKey, 'attachmentId'>): string {
    return `${Routes.audit(k.auditId)}/procedures/${k.procedureId}/matrices/${k.matrixId}/samples/${k.sampleId}`;
  }

  static sampleAttachmentExport(k: SampleAttachmentKey): string {
    return `${Routes.sample(k)}/attachments/${encodeURIComponent(k.attachmentId)}/export`; // blind-corpus: path=facade-nf-1
  }

  static readonly token = '/iam/v1/oauth2/token';
}
