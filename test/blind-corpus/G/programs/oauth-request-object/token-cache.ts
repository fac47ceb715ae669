import fetch from 'node-fetch';

interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: string;
}

export class ClientCredentialsTokenCache {
  private current?: { token: string; expiresAt: number };
  private inflight?: Promise<string>;

  constructor(private readonly tokenUrl: string, private readonly clientId: string, private readonly clientSecret: string) {}

  invalidate(): void {
    this.current = undefined;
  }

  async get(): Promise<string> {
    if (this.current && this.current.expiresAt - 60_000 > Date.now()) return this.current.token;
    this.inflight ??= this.refresh().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async refresh(): Promise<string> {
    const res = await fetch(this.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: this.clientId, client_secret: this.clientSecret }).toString(),
    });
    if (!res.ok) throw new Error(`token request failed with ${res.status}`);
    const body = (await res.json()) as TokenResponse;
    this.current = { token: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
    return body.access_token;
  }
}
