import axios, { type AxiosInstance, type AxiosResponse, type Method } from 'axios';

export interface TransportOptions {
  baseUrl: string;
  credentials: { kind: 'static'; token: string } | { kind: 'client'; clientId: string; clientSecret: string };
  userAgent?: string;
}

export class Transport {
  private readonly http: AxiosInstance;
  private token?: { value: string; expiresAt: number };

  constructor(private readonly options: TransportOptions) {
    this.http = axios.create({ baseURL: options.baseUrl, headers: { 'User-Agent': options.userAgent ?? '@acme/workiva-sdk 4.2.1' } });
  }

  private async bearer(): Promise<string> {
    const creds = this.options.credentials;
    if (creds.kind === 'static') return creds.token;
    if (this.token && this.token.expiresAt > Date.now()) return this.token.value;
    const res = await this.http.post<{ access_token: string; expires_in: number }>(
      '/iam/v1/oauth2/token',
      new URLSearchParams({ grant_type: 'client_credentials', client_id: creds.clientId, client_secret: creds.clientSecret }).toString(),
      { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
    );
    this.token = { value: res.data.access_token, expiresAt: Date.now() + (res.data.expires_in - 60) * 1000 };
    return this.token.value;
  }

  async send<T>(method: Method, url: string, opts: { data?: unknown; binary?: boolean; version?: string } = {}): Promise<AxiosResponse<T>> {
    return this.http.request<T>({
      method,
      url,
      data: opts.data,
      responseType: opts.binary ? 'arraybuffer' : 'json',
      headers: {
        Authorization: `Bearer ${await this.bearer()}`,
        Accept: opts.binary ? '*/*' : 'application/json',
        ...(opts.version ? { 'X-Version': opts.version } : {}),
      },
    });
  }
}
