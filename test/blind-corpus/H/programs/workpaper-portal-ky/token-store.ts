import ky from 'ky';

export class TokenStore {
  private token: string | undefined;
  private expiresAt = 0;

  constructor(
    private readonly issuerBase: string,
    private readonly clientId: string,
    private readonly clientSecret: string,
  ) {}

  invalidate(): void {
    this.token = undefined;
    this.expiresAt = 0;
  }

  async get(): Promise<string> {
    if (this.token && Date.now() < this.expiresAt) return this.token;
    const body = new URLSearchParams();
    body.set('grant_type', 'client_credentials');
    body.set('client_id', this.clientId);
    body.set('client_secret', this.clientSecret);
    const res = await ky
      .post(new URL('/iam/v1/oauth2/token', this.issuerBase), { body, retry: 0 })
      .json<{ access_token: string; expires_in: number; token_type: string }>();
    this.token = res.access_token;
    this.expiresAt = Date.now() + (res.expires_in - 30) * 1000;
    return this.token;
  }
}
