// Sibling module of the fetch-imported-constant fixture (not a fixture itself).
export const WORKIVA_API_URL = process.env.WORKIVA_API_URL ?? 'https://api.app.wdesk.com';
export const PROTOTYPE_AUDITS = '/prototype/platform/audits';
export const SAMPLE_ATTACHMENT_EXPORT =
  '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export';
