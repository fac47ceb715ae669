/**
 * Error translation for the evidence service.
 *
 * Historically we called
 *   POST /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export
 * which sunsets on 2027-01-31; messages below still mention it so support can match old tickets.
 */
export const EXPORT_ERROR_HINTS: Record<number, string> = {
  400: 'Bad request to /prototype/platform/audits/…/attachments/{attachmentId}/export: only {"format":"pdf"} is supported',
  404: 'Attachment not found: check the ids used in /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
  409: 'An export for this attachment is already in progress',
  429: 'Rate limited; honour Retry-After',
};

export function describeExportFailure(status: number, ids: { auditId: string; attachmentId: string }): string {
  const hint = EXPORT_ERROR_HINTS[status] ?? 'unexpected error';
  return `export of attachment ${ids.attachmentId} in audit ${ids.auditId} failed (${status}): ${hint}`;
}

export function logDeprecatedUsage(logger: { warn: (m: string) => void }, ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string }): void {
  logger.warn(
    `deprecated endpoint used: POST /prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export (sunset 2027-01-31)`,
  );
}
