import { Agent, fetch, type Response } from 'undici';
import type { Profile } from './config.js';

export class Session {
  private accessToken?: { value: string; expiresAt: number };
  readonly dispatcher = new Agent({ connections: 4, keepAliveTimeout: 10_000 });

  constructor(readonly profile: Profile) {}

  private async token(): Promise<string> {
    if (this.accessToken && this.accessToken.expiresAt > Date.now() + 30_000) return this.accessToken.value;
    const res = await fetch(`${this.profile.apiUrl}/iam/v1/oauth2/token`, {
      method: 'POST',
      dispatcher: this.dispatcher,
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: this.profile.clientId, client_secret: this.profile.clientSecret }),
    });
    if (!res.ok) throw new Error(`authentication failed (${res.status})`);
    const json = (await res.json()) as { access_token: string; expires_in: number };
    this.accessToken = { value: json.access_token, expiresAt: Date.now() + json.expires_in * 1000 };
    return json.access_token;
  }

  async call(method: string, pathOrUrl: string, body?: unknown): Promise<Response> {
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${this.profile.apiUrl}${pathOrUrl}`;
    const headers: Record<string, string> = { authorization: `Bearer ${await this.token()}` };
    if (this.profile.apiVersion) headers['x-version'] = this.profile.apiVersion;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), dispatcher: this.dispatcher });
    if (res.status >= 400) {
      const err = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
      throw new Error(`${method} ${url}: ${res.status} ${err.code ?? ''} ${err.message ?? ''}`);
    }
    return res;
  }

  close(): Promise<void> {
    return this.dispatcher.close();
  }
}
