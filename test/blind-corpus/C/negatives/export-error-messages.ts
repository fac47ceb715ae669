import { format } from 'node:util';

/**
 * User-facing messages for the evidence export screen. The prototype export
 * (POST /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export)
 * is deprecated and sunsets 2027-01-31.
 */
export const EXPORT_MESSAGES = {
  deprecated:
    'Attachment export uses POST /prototype/platform/audits/%s/procedures/%s/matrices/%s/samples/%s/attachments/%s/export, which Workiva retires on 2027-01-31.',
  failed: 'Export of attachment %s failed: %s',
} as const;

export function logDeprecatedExportUse(log: (line: string) => void, ids: string[]): void {
  log(format(EXPORT_MESSAGES.deprecated, ...ids));
}

export class ExportNotAcceptedError extends Error {
  constructor(readonly status: number, attachmentId: string) {
    super(`POST .../samples/*/attachments/${attachmentId}/export was not accepted (HTTP ${status})`);
  }
}

export function describeFailure(path: string, status: number): string {
  return `request to ${path} failed with ${status}; see https://developers.workiva.com/ for the export guide`;
}
