export interface OutboundRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface ExportPayload {
  apiRoot: string;
  token: string;
  attachment: { audit: string; procedure: string; matrix: string; sample: string; id: string };
  format: 'pdf';
}

export function buildExportRequest(p: ExportPayload): OutboundRequest {
  const a = p.attachment;
  return {
    method: 'POST',
    url: `${p.apiRoot}/prototype/platform/audits/${a.audit}/procedures/${a.procedure}/matrices/${a.matrix}/samples/${a.sample}/attachments/${a.id}/export`, // blind-corpus: path=job-queue-1,job-queue-2
    headers: { Authorization: `Bearer ${p.token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ format: p.format }),
  };
}

export function buildGet(url: string, token: string, accept = 'application/json'): OutboundRequest {
  return { method: 'GET', url, headers: { Authorization: `Bearer ${token}`, Accept: accept } };
}
