// `new URL(path, base)` with the API root as the base.
export async function exportWithUrlObject(apiRoot: string, ids: string[], token: string) {
  const [auditId, procedureId, matrixId, sampleId, attachmentId] = ids;
  const url = new URL(`/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, apiRoot);
  const response = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify({ format: 'pdf' }) });
  return response.status;
}
