import superagent from 'superagent';

export interface SampleUpdate {
  sampleId: string;
  fields: Record<string, string | number | boolean>;
}

/** POST .../samples/update — batch update of sample fields, unrelated to attachment exports. */
export async function updateSamples(apiUrl: string, token: string, m: { auditId: string; procedureId: string; matrixId: string }, updates: SampleUpdate[]) {
  const res = await superagent
    .post(`${apiUrl}/prototype/platform/audits/${m.auditId}/procedures/${m.procedureId}/matrices/${m.matrixId}/samples/update`)
    .set('Authorization', `Bearer ${token}`)
    .send({ updates });
  return res.body as { updated: number };
}
