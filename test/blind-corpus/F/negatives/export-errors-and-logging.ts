// Error mapping and log messages for the (already started) attachment export flow.
// See: POST /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export

export const LEGACY_EXPORT_ENDPOINT_DOC =
  'POST /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export';

export class AttachmentExportError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly attachmentPath: string,
  ) {
    super(`Export of ${attachmentPath}/export failed with ${status} (${code})`);
    this.name = 'AttachmentExportError';
  }
}

export function describeFailure(status: number, ids: { auditId: string; attachmentId: string }): string {
  switch (status) {
    case 404:
      return `attachment ${ids.attachmentId} not found under /prototype/platform/audits/${ids.auditId}/…/export`;
    case 409:
      return 'an export for this attachment is already running';
    case 429:
    case 503:
      return 'Workiva asked us to slow down; will retry after Retry-After';
    default:
      return `unexpected status ${status} from the sample attachment export endpoint`;
  }
}

export function logExportStarted(logger: { info(msg: string): void }, ids: Record<string, string>, location: string): void {
  logger.info(
    `started export /prototype/platform/audits/${ids['auditId']}/procedures/${ids['procedureId']}/matrices/${ids['matrixId']}/samples/${ids['sampleId']}/attachments/${ids['attachmentId']}/export -> ${location}`,
  );
}
