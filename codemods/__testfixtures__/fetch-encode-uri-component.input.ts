// Every id is encoded by the caller; the wrapper encodes them itself, so the codemod passes them raw.
const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export async function exportEncoded(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string, signal: AbortSignal) {
  const response = await fetch(
    `${WORKIVA_API_URL}/prototype/platform/audits/${encodeURIComponent(auditId)}/procedures/${encodeURIComponent(procedureId)}/matrices/${encodeURIComponent(matrixId)}/samples/${encodeURIComponent(sampleId)}/attachments/${encodeURIComponent(attachmentId)}/export`,
    { method: 'POST', headers: { Authorization: 'Bearer ' + token }, body: JSON.stringify({ format: 'pdf' }), signal },
  );
  return response;
}
