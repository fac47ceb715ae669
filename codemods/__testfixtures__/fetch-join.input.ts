// Path segments joined with `/`.
const API = 'https://api.app.wdesk.com';

export async function exportJoined(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const path = ['prototype', 'platform', 'audits', auditId, 'procedures', procedureId, 'matrices', matrixId, 'samples', sampleId, 'attachments', attachmentId, 'export'].join('/');
  const res = await fetch(`${API}/${path}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify({ format: 'pdf' }) });
  return res.headers.get('location');
}
