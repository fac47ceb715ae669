interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: string;
}

let cache: { token: string; expiresAt: number } | null = null;

/** Client-credentials token, cached until 60 s before expiry. */
export async function getAccessToken(baseUrl: string): Promise<string> {
  if (cache && Date.now() < cache.expiresAt - 60_000) return cache.token;
  const form = new URLSearchParams();
  form.set('grant_type', 'client_credentials');
  form.set('client_id', process.env.WORKIVA_CLIENT_ID ?? '');
  form.set('client_secret', process.env.WORKIVA_CLIENT_SECRET ?? '');
  const res = await fetch(baseUrl + '/iam/v1/oauth2/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form,
  });
  if (!res.ok) throw new Error('token request failed: ' + res.status);
  const data = (await res.json()) as TokenResponse;
  cache = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };
  return data.access_token;
}
