import superagent from 'superagent';

/** Downloads the original uploaded file of a sample attachment (no export). */
export async function downloadOriginal(apiUrl: string, token: string, ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string }): Promise<Buffer> {
  const res = await superagent
    .get(`${apiUrl}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/content`)
    .set('Authorization', `Bearer ${token}`)
    .responseType('blob');
  return res.body as Buffer;
}
