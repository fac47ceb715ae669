import { request } from 'undici';

interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: string;
}

export class ClientCredentialsTokenProvider {
  private cached?: { value: string; expiresAt: number };

  constructor(
    private readonly issuerUrl: string,
    private readonly clientId: string,
    private readonly clientSecret: string,
  ) {}

  async getToken(): Promise<string> {
    if (this.cached && this.cached.expiresAt - 30_000 > Date.now()) return this.cached.value;
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.clientId, client_secret: this.clientSecret });
    const { statusCode, body } = await request(new URL('/iam/v1/oauth2/token', this.issuerUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    if (statusCode !== 200) {
      throw new Error(`token endpoint answered ${statusCode}: ${await body.text()}`);
    }
    const payload = (await body.json()) as TokenResponse;
    this.cached = { value: payload.access_token, expiresAt: Date.now() + payload.expires_in * 1000 };
    return payload.access_token;
  }
}
