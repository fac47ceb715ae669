export interface AttachmentLocator {
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
}

export const auditPath = (audit: string) => `/prototype/platform/audits/${audit}`;

export const samplePath = (l: Omit<AttachmentLocator, 'attachment'>) =>
  `${auditPath(l.audit)}/procedures/${l.procedure}/matrices/${l.matrix}/samples/${l.sample}`;

export function attachmentExportPath(l: AttachmentLocator): string {
  return `/prototype/platform/audits/${l.audit}/procedures/${l.procedure}/matrices/${l.matrix}/samples/${l.sample}/attachments/${l.attachment}/export`; // blind-corpus: path=quick-axios-1
}
