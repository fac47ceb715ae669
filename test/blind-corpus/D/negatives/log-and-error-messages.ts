export class ExportDeprecationNotice {
  static readonly message =
    'POST /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export is deprecated and sunsets 2027-01-31';

  static warnOnce(logger: { warn(msg: string): void }, seen: Set<string>, key: string): void {
    if (seen.has(key)) return;
    seen.add(key);
    logger.warn(`${ExportDeprecationNotice.message} (caller: ${key})`);
  }
}

export function describeFailure(ids: { auditId: string; attachmentId: string }, status: number): Error {
  // e.g. "export of /prototype/platform/audits/A/.../attachments/B/export failed"
  return new Error(
    `export of /prototype/platform/audits/${ids.auditId}/procedures/…/attachments/${ids.attachmentId}/export failed with HTTP ${status}`,
  );
}
