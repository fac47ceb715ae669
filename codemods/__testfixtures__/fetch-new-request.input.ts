// A Request object passed straight to fetch.
const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export async function exportWithRequest(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const response = await fetch(
    new Request(`${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: JSON.stringify({ format: 'pdf' }),
    }),
  );
  return response.headers.get('location');
}
