import axios from 'axios';
import type { WorkivaConfig } from './config.js';

interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: string;
}

export class ClientCredentialsProvider {
  private cached?: { token: string; expiresAt: number };
  private inflight?: Promise<string>;

  constructor(private readonly config: WorkivaConfig) {}

  async getAccessToken(): Promise<string> {
    if (this.cached && this.cached.expiresAt - 60_000 > Date.now()) return this.cached.token;
    this.inflight ??= this.fetchToken().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async fetchToken(): Promise<string> {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.config.clientId,
      client_secret: this.config.clientSecret,
    });
    const { data } = await axios.post<TokenResponse>(`${this.config.apiUrl}/iam/v1/oauth2/token`, form, {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    this.cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };
    return data.access_token;
  }
}
