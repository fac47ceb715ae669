// The export flow (POST /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export)
// is retired on 2027-01-31; this module only formats messages about it.

export const DEPRECATION_NOTICE =
  'POST /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export sunsets 2027-01-31';

export class ExportSunsetError extends Error {
  constructor(ids: { auditId: string; attachmentId: string }) {
    super(`cannot export attachment ${ids.attachmentId} of audit ${ids.auditId}: /prototype/platform/audits/${ids.auditId}/.../attachments/${ids.attachmentId}/export is deprecated`);
    this.name = 'ExportSunsetError';
  }
}

export function logExportAttempt(logger: { warn(msg: string, meta?: object): void }, ids: Record<string, string>): void {
  logger.warn(
    `calling /prototype/platform/audits/${ids['auditId']}/procedures/${ids['procedureId']}/matrices/${ids['matrixId']}/samples/${ids['sampleId']}/attachments/${ids['attachmentId']}/export`,
    { deprecated: true },
  );
}

export function describeRoute(method: 'POST', ids: Record<string, string>): string {
  return [method, 'prototype', 'platform', 'audits', ids['auditId'], 'export'].join(' ');
}
