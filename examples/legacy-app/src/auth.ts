// Client-credentials token for the Workiva API.
import { CLIENT_ID, CLIENT_SECRET, WORKIVA_API_URL } from './config.js';

export async function getAccessToken(): Promise<string> {
  const res = await fetch(`${WORKIVA_API_URL}/iam/v1/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: CLIENT_ID, client_secret: CLIENT_SECRET }),
  });
  if (!res.ok) throw new Error(`token request failed: ${res.status}`);
  const body = (await res.json()) as { access_token: string };
  return body.access_token;
}
