export interface AttachmentRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export const auditPath = (auditId: string): string => `prototype/platform/audits/${auditId}`;

export const samplePath = (r: Omit<AttachmentRef, 'attachmentId'>): string =>
  `${auditPath(r.auditId)}/procedures/${r.procedureId}/matrices/${r.matrixId}/samples/${r.sampleId}`;

export const attachmentExportPath = (r: AttachmentRef): string =>
  `prototype/platform/audits/${r.auditId}/procedures/${r.procedureId}/matrices/${r.matrixId}/samples/${r.sampleId}/attachments/${r.attachmentId}/export`; // blind-corpus: path=got-extend-1,got-extend-2
