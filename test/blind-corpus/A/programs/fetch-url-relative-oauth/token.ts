interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: string;
}

/** Client-credentials token cache, refreshed one minute before expiry. */
export class TokenSource {
  private cached?: { value: string; expiresAt: number };

  constructor(
    private readonly apiBase: URL,
    private readonly clientId: string,
    private readonly clientSecret: string,
  ) {}

  async get(): Promise<string> {
    if (this.cached && this.cached.expiresAt > Date.now() + 60_000) return this.cached.value;
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.clientId, client_secret: this.clientSecret });
    const res = await fetch(new URL('iam/v1/oauth2/token', this.apiBase), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    if (!res.ok) throw new Error(`token request failed with ${res.status}`);
    const body = (await res.json()) as TokenResponse;
    this.cached = { value: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
    return body.access_token;
  }
}
