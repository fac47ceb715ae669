/**
 * Platform API paths used by the evidence service. Keep in sync with the API reference.
 */
export interface SampleAttachmentRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

const enc = encodeURIComponent;

export const platformPaths = {
  audit: (auditId: string) => `/prototype/platform/audits/${enc(auditId)}`,
  sample: (r: Omit<SampleAttachmentRef, 'attachmentId'>) =>
    `/prototype/platform/audits/${enc(r.auditId)}/procedures/${enc(r.procedureId)}/matrices/${enc(r.matrixId)}/samples/${enc(r.sampleId)}`,
  attachmentExport: (r: SampleAttachmentRef) =>
    `/prototype/platform/audits/${enc(r.auditId)}/procedures/${enc(r.procedureId)}/matrices/${enc(r.matrixId)}/samples/${enc(r.sampleId)}/attachments/${enc(r.attachmentId)}/export`, // blind-corpus: path=evidence-fetch-layer-1
};
