export interface AttachmentRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

type SampleRef = Omit<AttachmentRef, 'attachmentId'>;

const enc = encodeURIComponent;
const sampleBase = (r: SampleRef) =>
  `/prototype/platform/audits/${enc(r.auditId)}/procedures/${enc(r.procedureId)}/matrices/${enc(r.matrixId)}/samples/${enc(r.sampleId)}`;

/** Single source of truth for platform routes used by this service. */
export const endpoints = {
  audit: (auditId: string) => `/prototype/platform/audits/${enc(auditId)}`,
  sample: (ref: SampleRef) => sampleBase(ref),
  sampleUpdate: (ref: Omit<SampleRef, 'sampleId'>) =>
    `/prototype/platform/audits/${enc(ref.auditId)}/procedures/${enc(ref.procedureId)}/matrices/${enc(ref.matrixId)}/samples/update`,
  sampleExport: (ref: AttachmentRef) => `${sampleBase(ref)}/attachments/${enc(ref.attachmentId)}/export`, // blind-corpus: path=endpoint-table-1,endpoint-table-2
  filesExport: () => '/prototype/platform/files/export',
} as const;
