// The request is assembled from consts that only the export call reads: after the rewrite they are
// unused, so they go (with the comment that describes them); the ones the drop-in still reads stay.
const WORKIVA_API_URL = process.env.WORKIVA_API_URL ?? 'https://api.app.wdesk.com';
const JSON_CONTENT = 'application/json';

export async function startExport(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  // Where the export is started.
  let exportPath = `/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`;
  const url = WORKIVA_API_URL + exportPath;
  const body = JSON.stringify({ format: 'pdf' });
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': JSON_CONTENT };

  // The 202 points at the operation to poll.
  const started = await fetch(url, { method: 'POST', headers, body });
  return started.headers.get('location');
}
