export class DeprecatedEndpointWarning extends Error {
  constructor(auditId: string, attachmentId: string) {
    super(
      `POST /prototype/platform/audits/${auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/${attachmentId}/export ` +
        'is deprecated and will stop working on 2027-01-31; use the testForms export instead',
    );
    this.name = 'DeprecatedEndpointWarning';
  }
}

export function logExportStart(logger: { info(msg: string): void }, ids: Record<string, string>): void {
  logger.info(
    `starting export POST /prototype/platform/audits/${ids['auditId']}/procedures/${ids['procedureId']}/matrices/${ids['matrixId']}/samples/${ids['sampleId']}/attachments/${ids['attachmentId']}/export`,
  );
}

export function describeFailure(status: number, path: string): string {
  // e.g. path = /prototype/platform/audits/A/procedures/P/matrices/M/samples/S/attachments/X/export
  return `Workiva returned ${status} for ${path}`;
}

export const RUNBOOK = `
If exports stall, check the operations queue for jobs created by
  POST /prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export
and escalate to the platform team.
`;

console.debug('export route: /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export');
