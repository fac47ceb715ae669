// Sibling module of the cleanup-unused-import fixture (not a fixture itself).
export const API_ROOT = 'https://api.app.wdesk.com';
export const PROTOTYPE_PREFIX = '/prototype/platform';
export const EXPORT_TEMPLATE = '/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export';
export const AUDIT_TEMPLATE = '/audits/:auditId';

export interface SampleRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}
