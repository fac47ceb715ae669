// Error translation for the evidence exporter UI. The strings below are shown to users and logged;
// none of them is ever requested.
export const EXPORT_ROUTE_DESCRIPTION =
  'POST /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export';

export function describeExportFailure(status: number, ids: { auditId: string; attachmentId: string }): string {
  switch (status) {
    case 404:
      return `Attachment ${ids.attachmentId} was not found in audit ${ids.auditId} (POST .../attachments/${ids.attachmentId}/export returned 404).`;
    case 409:
      return 'An export of this attachment is already running.';
    case 429:
      return 'Workiva is rate limiting exports; try again shortly.';
    default:
      return `Export failed with HTTP ${status}.`;
  }
}

export function logDeprecation(logger: { warn(msg: string): void }, auditId: string): void {
  logger.warn(`audit ${auditId}: /prototype/platform/audits/${auditId}/.../attachments/{attachmentId}/export is deprecated and sunsets 2027-01-31`);
}
