interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: string;
}

/** Client-credentials token with a small expiry margin; one in-flight refresh at a time. */
export class ClientCredentialsTokenSource {
  private cached?: { value: string; expiresAt: number };
  private inflight?: Promise<string>;

  constructor(
    private readonly tokenUrl: string,
    private readonly clientId: string,
    private readonly clientSecret: string,
    private readonly marginMs = 60_000,
  ) {}

  async token(): Promise<string> {
    if (this.cached && Date.now() < this.cached.expiresAt - this.marginMs) return this.cached.value;
    this.inflight ??= this.refresh().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async refresh(): Promise<string> {
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.clientId, client_secret: this.clientSecret });
    const res = await fetch(this.tokenUrl, { method: 'POST', body: form, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
    const body = (await res.json()) as TokenResponse;
    this.cached = { value: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
    return body.access_token;
  }
}
