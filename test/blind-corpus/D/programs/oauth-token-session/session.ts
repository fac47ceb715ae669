interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: string;
}

export interface SessionConfig {
  apiUrl: string;
  clientId: string;
  clientSecret: string;
}

export class PlatformSession {
  private token?: { value: string; expiresAt: number };

  constructor(protected readonly config: SessionConfig) {}

  private async fetchToken(): Promise<string> {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.config.clientId,
      client_secret: this.config.clientSecret,
    });
    const res = await fetch(`${this.config.apiUrl}/iam/v1/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
    });
    if (!res.ok) throw new Error(`token request failed: ${res.status}`);
    const json = (await res.json()) as TokenResponse;
    this.token = { value: json.access_token, expiresAt: Date.now() + (json.expires_in - 30) * 1000 };
    return json.access_token;
  }

  protected async authHeaders(extra: Record<string, string> = {}): Promise<Record<string, string>> {
    const token = this.token && this.token.expiresAt > Date.now() ? this.token.value : await this.fetchToken();
    return { Authorization: `Bearer ${token}`, ...extra };
  }
}
