import superagent from 'superagent';

/**
 * Builds a curl command for the support team to reproduce an export by hand. The request is printed,
 * never sent from here.
 */
export function curlForExport(base: string, ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string }): string {
  const url = `${base}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`;
  return `curl -X POST -H 'Authorization: Bearer $TOKEN' -H 'Content-Type: application/json' -d '{"format":"pdf"}' '${url}'`;
}

/** Uploads a sample attachment's audit note (a different POST on the same prefix). */
export async function addSampleNote(base: string, token: string, ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string }, note: string) {
  return superagent
    .post(`${base}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/update`)
    .set('Authorization', `Bearer ${token}`)
    .send({ samples: [{ id: ids.sampleId, note }] });
}

/** Pings the successor endpoint's health (no export). */
export async function successorHealth(base: string): Promise<boolean> {
  const res = await superagent.get(`${base}/testForms/health`).ok(() => true);
  return res.status === 200;
}
