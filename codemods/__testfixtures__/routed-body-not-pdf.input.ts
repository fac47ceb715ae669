// A body that is not {"format":"pdf"}: no drop-in sends it, so the call is routed with its own body.
const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export async function exportWithPayload(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string, payload: object) {
  const response = await fetch(`${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify(payload),
  });
  return response.status;
}
