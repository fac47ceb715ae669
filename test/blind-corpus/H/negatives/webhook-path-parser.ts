// Parses the originalRequest of an operation (from the operation-completed webhook) back into ids.
export interface OriginalRequest {
  method: string;
  url: string;
}

export interface ParsedExportRequest {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

const PATTERN = '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export';

export function parseOriginalRequest(req: OriginalRequest): ParsedExportRequest | null {
  const names = [...PATTERN.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const re = new RegExp(PATTERN.replace(/\{\w+\}/g, '([^/]+)') + '$');
  const m = re.exec(new URL(req.url, 'http://placeholder').pathname);
  if (!m || req.method.toUpperCase() !== 'POST') return null;
  const out: Record<string, string> = {};
  names.forEach((n, i) => (out[n] = decodeURIComponent(m[i + 1] ?? '')));
  return out as unknown as ParsedExportRequest;
}
