import superagent from 'superagent';

// Token refresh used by the exporters; a POST to the IAM endpoint, not to the platform API.
export async function refreshToken(apiUrl: string, clientId: string, clientSecret: string): Promise<{ token: string; expiresAt: number }> {
  const res = await superagent
    .post(`${apiUrl}/iam/v1/oauth2/token`)
    .type('form')
    .send({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });
  const body = res.body as { access_token: string; expires_in: number };
  return { token: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
}
