import ky from 'ky';

interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: string;
}

let cached: { value: string; expiresAt: number } | undefined;

/** Client-credentials token, cached until shortly before it expires. */
export async function accessToken(apiUrl: string): Promise<string> {
  if (cached && cached.expiresAt > Date.now() + 30_000) return cached.value;
  const clientId = process.env['WORKIVA_CLIENT_ID'];
  const clientSecret = process.env['WORKIVA_CLIENT_SECRET'];
  if (!clientId || !clientSecret) throw new Error('WORKIVA_CLIENT_ID / WORKIVA_CLIENT_SECRET not configured');
  const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });
  const token = await ky.post('iam/v1/oauth2/token', { prefixUrl: apiUrl, body }).json<TokenResponse>();
  cached = { value: token.access_token, expiresAt: Date.now() + token.expires_in * 1000 };
  return token.access_token;
}
