export interface AttachmentKey {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

const e = encodeURIComponent;

export const routes = {
  audit: (auditId: string) => `/prototype/platform/audits/${e(auditId)}`,
  sample: (k: Omit<AttachmentKey, 'attachmentId'>) =>
    `/prototype/platform/audits/${e(k.auditId)}/procedures/${e(k.procedureId)}/matrices/${e(k.matrixId)}/samples/${e(k.sampleId)}`,
  sampleAttachmentExport: (k: AttachmentKey) =>
    `/prototype/platform/audits/${e(k.auditId)}/procedures/${e(k.procedureId)}/matrices/${e(k.matrixId)}/samples/${e(k.sampleId)}/attachments/${e(k.attachmentId)}/export`, // blind-corpus: path=axios-instance-1
} as const;
