// A body that is not {"format":"pdf"}: the wrapper always sends the pdf body, so a human decides.
const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export async function exportWithPayload(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string, payload: object) {
  /* workiva-sunset: manual migration needed — the request body `JSON.stringify(payload)` is not {"format":"pdf"}; until then @workiva-sunset/safety-net routes it at run time */
  const response = await fetch(`${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify(payload),
  });
  return response.status;
}
