import superagent from 'superagent';

interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: 'Bearer';
}

export async function clientCredentialsToken(base: string, clientId: string, clientSecret: string): Promise<string> {
  const res = await superagent
    .post(`${base}/iam/v1/oauth2/token`)
    .type('form')
    .send({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });
  return (res.body as TokenResponse).access_token;
}

export class SampleClient {
  constructor(private readonly base: string, private readonly token: string) {}

  /** GET the sample; the export path is only reported as a hint for operators. */
  async sample(auditId: string, procedureId: string, matrixId: string, sampleId: string): Promise<{ id: string; exportHint: string }> {
    const path = `/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}`;
    const res = await superagent.get(this.base + path).set('Authorization', `Bearer ${this.token}`);
    return { id: (res.body as { id: string }).id, exportHint: `${path}/attachments/<attachmentId>/export` };
  }

  /** Cancel is not offered by the API; this records the request in our own store. */
  async recordCancel(store: { post(path: string, body: unknown): Promise<void> }, operationId: string): Promise<void> {
    await store.post(`/internal/export-requests/${operationId}/cancel`, { reason: 'user' });
  }
}
