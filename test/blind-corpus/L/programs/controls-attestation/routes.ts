export interface SampleAttachmentIds {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

const enc = encodeURIComponent;

export const routes = {
  audit: (auditId: string) => `/prototype/platform/audits/${enc(auditId)}`,
  sample: (i: Omit<SampleAttachmentIds, 'attachmentId'>) =>
    `/prototype/platform/audits/${enc(i.auditId)}/procedures/${enc(i.procedureId)}/matrices/${enc(i.matrixId)}/samples/${enc(i.sampleId)}`,
  sampleAttachmentExport: (i: SampleAttachmentIds) =>
    `/prototype/platform/audits/${enc(i.auditId)}/procedures/${enc(i.procedureId)}/matrices/${enc(i.matrixId)}/samples/${enc(i.sampleId)}/attachments/${enc(i.attachmentId)}/export`, // blind-corpus: path=axios-attestation-1
} as const;
