import querystring = require('node:querystring');

export interface AttachmentIds {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

const enc = querystring.escape;

export const routes = {
  audit: (ids: Pick<AttachmentIds, 'auditId'>) => `/prototype/platform/audits/${enc(ids.auditId)}`,
  sample: (ids: Omit<AttachmentIds, 'attachmentId'>) =>
    `/prototype/platform/audits/${enc(ids.auditId)}/procedures/${enc(ids.procedureId)}/matrices/${enc(ids.matrixId)}/samples/${enc(ids.sampleId)}`,
  attachmentExport: (ids: AttachmentIds) =>
    `/prototype/platform/audits/${enc(ids.auditId)}/procedures/${enc(ids.procedureId)}/matrices/${enc(ids.matrixId)}/samples/${enc(ids.sampleId)}/attachments/${enc(ids.attachmentId)}/export`, // blind-corpus: path=cts-call-1
  token: () => '/iam/v1/oauth2/token',
};
