// The URL comes from a small helper function called with the ids.
const WORKIVA_API_URL = 'https://api.app.wdesk.com';

function exportUrl(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string): string {
  return `${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`;
}

export async function exportViaHelper(job: { audit: string; procedure: string; matrix: string; sample: string; attachment: string }, token: string) {
  const response = await fetch(exportUrl(job.audit, job.procedure, job.matrix, job.sample, job.attachment), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ format: 'pdf' }),
  });
  return response.headers.get('location');
}
