// The URL const is still read after the call (it is logged), and so is the body: both stay.
const BASE = 'https://api.app.wdesk.com';

export async function startExport(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const url = `${BASE}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`;
  const body = JSON.stringify({ format: 'pdf' });
  const response = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body });
  console.info(`export started at ${url} with ${body}: ${response.status}`);
  return response.headers.get('location');
}
