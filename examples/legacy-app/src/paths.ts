// Route templates of the Workiva endpoints this service uses.
export const SAMPLE_ATTACHMENT_EXPORT =
  '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export';
