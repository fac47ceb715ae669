export const DEPRECATION_NOTICE =
  'POST /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export is deprecated and sunsets 2027-01-31; use /testForms/{testFormId}/testPhases/{testPhaseId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export';

export class AttachmentExportError extends Error {
  constructor(
    readonly ids: { auditId: string; sampleId: string; attachmentId: string },
    readonly status: number,
  ) {
    super(`export of /prototype/platform/audits/${ids.auditId}/.../samples/${ids.sampleId}/attachments/${ids.attachmentId}/export failed with ${status}`);
    this.name = 'AttachmentExportError';
  }
}

export function logExportStart(logger: { info(msg: string, meta?: object): void }, auditId: string, attachmentId: string): void {
  logger.info(`starting POST /prototype/platform/audits/${auditId}/.../attachments/${attachmentId}/export`, { auditId, attachmentId });
}

// Old call for reference (removed in the v3 client):
//   await fetch(`${base}/prototype/platform/audits/${a}/procedures/${p}/matrices/${m}/samples/${s}/attachments/${id}/export`, { method: 'POST' })

export function isDeprecatedExportPath(pathname: string): boolean {
  return /^\/prototype\/platform\/audits\/[^/]+\/procedures\/[^/]+\/matrices\/[^/]+\/samples\/[^/]+\/attachments\/[^/]+\/export$/.test(pathname);
}
