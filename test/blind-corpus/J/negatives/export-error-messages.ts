// Error translation for the support dashboard. Mentions the export route only in text.

/*
 * Historical note: until 2026 we started exports with
 *   POST /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export
 * The migration ticket tracks the move to the test-form endpoint.
 */

export interface WorkivaErrorBody {
  code: string;
  message: string;
}

const HINTS: Record<number, string> = {
  404: 'The attachment was not found. Check the ids in /prototype/platform/audits/{auditId}/.../attachments/{attachmentId}/export.',
  409: 'An export for this attachment is already running.',
  429: 'Too many requests; wait for Retry-After before calling /export again.',
};

export function describeExportFailure(status: number, body: WorkivaErrorBody, ids: { auditId: string; attachmentId: string }): string {
  const route = `/prototype/platform/audits/${ids.auditId}/procedures/…/attachments/${ids.attachmentId}/export`;
  const hint = HINTS[status] ?? 'Unexpected error.';
  return `[${body.code}] POST ${route} failed with ${status}: ${body.message}. ${hint}`;
}

export function logExportStart(logger: { info(msg: string, meta?: object): void }, ids: Record<string, string>): void {
  logger.info(
    `starting POST /prototype/platform/audits/${ids['auditId']}/procedures/${ids['procedureId']}/matrices/${ids['matrixId']}/samples/${ids['sampleId']}/attachments/${ids['attachmentId']}/export`,
    { ids },
  );
}
