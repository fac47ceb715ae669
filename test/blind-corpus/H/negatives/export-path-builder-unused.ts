import superagent from 'superagent';

// Builds links for the evidence UI (opened by the user in the Workiva web app, never requested by the service).
export function attachmentExportDocsLink(ids: { auditId: string; attachmentId: string }): string {
  const path = `/prototype/platform/audits/${ids.auditId}/.../attachments/${ids.attachmentId}/export`;
  return `https://developers.workiva.com/prototype-api/#post-${encodeURIComponent(path)}`;
}

/** Sample metadata fetch with superagent (GET, not the export). */
export async function fetchSample(base: string, token: string, s: { auditId: string; procedureId: string; matrixId: string; sampleId: string }) {
  const res = await superagent
    .get(`${base}/prototype/platform/audits/${s.auditId}/procedures/${s.procedureId}/matrices/${s.matrixId}/samples/${s.sampleId}`)
    .set('Authorization', `Bearer ${token}`);
  return res.body as { id: string; attachments?: { id: string; name: string }[] };
}
