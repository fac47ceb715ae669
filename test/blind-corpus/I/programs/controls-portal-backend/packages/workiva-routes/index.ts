// @acme/workiva-routes — single place for Workiva platform paths.
export interface SampleRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
}

export interface AttachmentRef extends SampleRef {
  attachmentId: string;
}

const PLATFORM = '/prototype/platform';
const e = encodeURIComponent;

export const workivaRoutes = {
  audit: (auditId: string) => `${PLATFORM}/audits/${e(auditId)}`,
  sample: (r: SampleRef) => `${PLATFORM}/audits/${e(r.auditId)}/procedures/${e(r.procedureId)}/matrices/${e(r.matrixId)}/samples/${e(r.sampleId)}`,
  samplesUpdate: (r: Omit<SampleRef, 'sampleId'>) => `${PLATFORM}/audits/${e(r.auditId)}/procedures/${e(r.procedureId)}/matrices/${e(r.matrixId)}/samples/update`,
  attachmentExport: (r: AttachmentRef) => `${PLATFORM}/audits/${e(r.auditId)}/procedures/${e(r.procedureId)}/matrices/${e(r.matrixId)}/samples/${e(r.sampleId)}/attachments/${e(r.attachmentId)}/export`, // blind-corpus: path=portal-export-1,portal-export-2
  filesExport: () => `${PLATFORM}/files/export`,
} as const;
