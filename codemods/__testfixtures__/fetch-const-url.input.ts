// The URL is built into a const first; the fetch options live in a const too.
const BASE = 'https://api.app.wdesk.com';

export async function exportWithConsts(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const url = `${BASE}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`;
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const started = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ format: 'pdf' }) });
  return started.headers.get('location');
}
