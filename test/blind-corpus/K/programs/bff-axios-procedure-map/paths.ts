export interface SampleAttachmentKey {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

const enc = encodeURIComponent;

export const workivaPaths = {
  audit: (auditId: string) => `/prototype/platform/audits/${enc(auditId)}`,
  sample: (k: Omit<SampleAttachmentKey, 'attachmentId'>) =>
    `/prototype/platform/audits/${enc(k.auditId)}/procedures/${enc(k.procedureId)}/matrices/${enc(k.matrixId)}/samples/${enc(k.sampleId)}`,
  attachmentExport: (k: SampleAttachmentKey) =>
    `/prototype/platform/audits/${enc(k.auditId)}/procedures/${enc(k.procedureId)}/matrices/${enc(k.matrixId)}/samples/${enc(k.sampleId)}/attachments/${enc(k.attachmentId)}/export`, // blind-corpus: path=bff-axios-1
};
