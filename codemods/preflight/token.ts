// The bearer token preflight sends: WORKIVA_TOKEN as is, or one fetched with the client-credentials
// grant (POST /iam/v1/oauth2/token) and fetched again shortly before it expires.
import { WorkivaSunsetError } from 'workiva-sunset';
import type { CredentialSource } from './options.js';

/** Refetch this long before `expires_in` runs out, so no request leaves with a token about to expire. */
const EXPIRY_MARGIN_MS = 60_000;

async function requestToken(baseUrl: string, clientId: string, clientSecret: string, signal: AbortSignal): Promise<{ token: string; expiresAt: number }> {
  const url = `${baseUrl.replace(/\/+$/, '')}/iam/v1/oauth2/token`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
    signal,
  });
  const body = (await response.json().catch(() => null)) as { access_token?: unknown; expires_in?: unknown; error?: unknown } | null;
  if (!response.ok || typeof body?.access_token !== 'string') {
    const reason = typeof body?.error === 'string' ? ` (${body.error})` : '';
    throw new WorkivaSunsetError({ code: 'TOKEN_REQUEST_FAILED', message: `POST ${url} did not issue a token: HTTP ${response.status}${reason}; check WORKIVA_CLIENT_ID and WORKIVA_CLIENT_SECRET`, status: response.status, url });
  }
  const lifetimeMs = (typeof body.expires_in === 'number' ? body.expires_in : 599) * 1_000;
  return { token: body.access_token, expiresAt: Date.now() + Math.max(0, lifetimeMs - EXPIRY_MARGIN_MS) };
}

/** A token source for the wrapper's `token` option; concurrent callers share one token request. */
export function tokenSource(credentials: CredentialSource, baseUrl: string, signal: AbortSignal): string | (() => Promise<string>) {
  if (credentials.kind === 'token') return credentials.token;
  let held: { token: string; expiresAt: number } | undefined;
  let pending: Promise<{ token: string; expiresAt: number }> | undefined;
  return async () => {
    if (held !== undefined && Date.now() < held.expiresAt) return held.token;
    pending ??= requestToken(baseUrl, credentials.clientId, credentials.clientSecret, signal)
      .then((issued) => (held = issued))
      .finally(() => (pending = undefined));
    return (await pending).token;
  };
}
