// Messages shown in the evidence UI and written to logs when exports fail.
export const EXPORT_MESSAGES = {
  deprecated:
    'POST /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export is deprecated and stops working on 2027-01-31.',
  rateLimited: 'The export service is busy, please retry in a few seconds.',
} as const;

export interface ExportFailureContext {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
  status: number;
}

export function describeExportFailure(ctx: ExportFailureContext): string {
  return `export of /prototype/platform/audits/${ctx.auditId}/procedures/${ctx.procedureId}/matrices/${ctx.matrixId}/samples/${ctx.sampleId}/attachments/${ctx.attachmentId}/export failed with HTTP ${ctx.status}`;
}

export function logExportFailure(ctx: ExportFailureContext, logger: Pick<Console, 'error'> = console): void {
  logger.error(describeExportFailure(ctx));
  logger.error(`see runbook: POST .../samples/${ctx.sampleId}/attachments/${ctx.attachmentId}/export`);
}
