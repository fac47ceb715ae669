import ky from 'ky';

interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: string;
}

/** Client-credentials token cache shared by all outbound Workiva calls in this process. */
export class ClientCredentialsTokenProvider {
  private cached?: { value: string; expiresAt: number };
  private inflight?: Promise<string>;

  constructor(
    private readonly tokenUrl: string,
    private readonly clientId: string,
    private readonly clientSecret: string,
    private readonly skewMs = 60_000,
  ) {}

  static fromEnvironment(): ClientCredentialsTokenProvider {
    const { WORKIVA_API_URL, WORKIVA_CLIENT_ID, WORKIVA_CLIENT_SECRET } = process.env;
    if (!WORKIVA_API_URL || !WORKIVA_CLIENT_ID || !WORKIVA_CLIENT_SECRET) {
      throw new Error('Workiva client credentials are not configured');
    }
    return new ClientCredentialsTokenProvider(new URL('/iam/v1/oauth2/token', WORKIVA_API_URL).toString(), WORKIVA_CLIENT_ID, WORKIVA_CLIENT_SECRET);
  }

  async getToken(): Promise<string> {
    if (this.cached && this.cached.expiresAt - this.skewMs > Date.now()) return this.cached.value;
    this.inflight ??= this.fetchToken().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async fetchToken(): Promise<string> {
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.clientId, client_secret: this.clientSecret });
    const res = await ky.post(this.tokenUrl, { body, retry: 1 }).json<TokenResponse>();
    this.cached = { value: res.access_token, expiresAt: Date.now() + res.expires_in * 1000 };
    return res.access_token;
  }
}
