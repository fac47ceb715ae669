// User-facing messages and log templates for the evidence exporter. Nothing here sends a request.
export const EXPORT_ENDPOINT_DOC =
  'POST /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export';

export function describeFailedExport(ids: { auditId: string; sampleId: string; attachmentId: string }, status: number): string {
  return `Export of /prototype/platform/audits/${ids.auditId}/.../samples/${ids.sampleId}/attachments/${ids.attachmentId}/export failed with HTTP ${status}`;
}

export function logDeprecation(logger: { warn(msg: string): void }): void {
  // The attachments export under /prototype/platform/audits/... sunsets on 2027-01-31.
  logger.warn('attachment export endpoint is deprecated and sunsets 2027-01-31; plan the move to testForms export');
}

export const ERRORS: Record<number, string> = {
  404: 'The sample attachment could not be found (…/attachments/{attachmentId}/export).',
  409: 'An export for this attachment is already running.',
  429: 'Too many export requests; slow down.',
};
