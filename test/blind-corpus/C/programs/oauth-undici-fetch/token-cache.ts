import { fetch } from 'undici';

interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: string;
}

/** Client-credentials token, refreshed 60 s before it expires; concurrent callers share one refresh. */
export class ClientCredentialsTokenCache {
  private token: { value: string; expiresAt: number } | undefined;
  private inflight: Promise<string> | undefined;

  constructor(private readonly tokenUrl: string, private readonly clientId: string, private readonly clientSecret: string) {}

  async get(): Promise<string> {
    if (this.token && Date.now() < this.token.expiresAt - 60_000) return this.token.value;
    return (this.inflight ??= this.refresh().finally(() => (this.inflight = undefined)));
  }

  invalidate(): void {
    this.token = undefined;
  }

  private async refresh(): Promise<string> {
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.clientId, client_secret: this.clientSecret });
    const res = await fetch(this.tokenUrl, { method: 'POST', body: form, headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`token endpoint returned ${res.status}`);
    const body = (await res.json()) as TokenResponse;
    this.token = { value: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
    return body.access_token;
  }
}
