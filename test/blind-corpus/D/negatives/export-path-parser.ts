// Used by the audit-log ingester to attribute gateway log lines to attachments.
const EXPORT_ROUTE = /^\/prototype\/platform\/audits\/([^/]+)\/procedures\/([^/]+)\/matrices\/([^/]+)\/samples\/([^/]+)\/attachments\/([^/]+)\/export$/;

export interface ParsedExportCall {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export function parseExportPath(path: string): ParsedExportCall | null {
  const m = EXPORT_ROUTE.exec(path);
  if (!m) return null;
  const [, auditId, procedureId, matrixId, sampleId, attachmentId] = m as unknown as [string, string, string, string, string, string];
  return { auditId, procedureId, matrixId, sampleId, attachmentId };
}

export function countDeprecatedCalls(logLines: string[]): number {
  return logLines.filter((line) => {
    const [method, path] = line.split(' ');
    return method === 'POST' && path !== undefined && parseExportPath(path) !== null;
  }).length;
}
