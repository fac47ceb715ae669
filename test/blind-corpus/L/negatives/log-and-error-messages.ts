// The prototype export (POST /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export)
// sunsets on 2027-01-31. This module only reports on exports that other services already started.

export interface ExportFailure {
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
  status: number;
  code: string;
}

export function describeFailure(f: ExportFailure): string {
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = f.ids;
  return `POST /prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export failed with ${f.status} (${f.code})`;
}

export function logFailure(f: ExportFailure, log: (line: string) => void = console.warn): void {
  log(describeFailure(f));
}

export class LegacyExportError extends Error {
  constructor(f: ExportFailure) {
    super(`legacy attachment export rejected: /prototype/platform/audits/${f.ids.auditId}/.../attachments/${f.ids.attachmentId}/export -> ${f.status}`);
    this.name = 'LegacyExportError';
  }
}
