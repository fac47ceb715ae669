import fetch, { Headers, type Response } from 'node-fetch';

export interface IHttpClient {
  postJson(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  getAbsolute(url: string, accept?: string): Promise<Response>;
}

export class HttpStatusException extends Error {
  constructor(readonly status: number, readonly code: string | undefined, message: string, readonly retryAfter?: number) {
    super(message);
  }
}

export class NodeFetchHttpClient implements IHttpClient {
  private accessToken: string | undefined;

  constructor(private readonly baseUrl: string, private readonly clientId: string, private readonly clientSecret: string, private readonly tokenPath: string) {}

  private async bearer(): Promise<string> {
    if (!this.accessToken) {
      const res = await fetch(this.baseUrl + this.tokenPath, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: `grant_type=client_credentials&client_id=${encodeURIComponent(this.clientId)}&client_secret=${encodeURIComponent(this.clientSecret)}`,
      });
      if (!res.ok) throw new HttpStatusException(res.status, undefined, 'Could not obtain access token');
      this.accessToken = ((await res.json()) as { access_token: string }).access_token;
    }
    return this.accessToken;
  }

  private async ensure(res: Response): Promise<Response> {
    if (res.ok) return res;
    const err = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
    const retryAfter = res.headers.get('retry-after');
    throw new HttpStatusException(res.status, err.code, err.message ?? res.statusText, retryAfter ? Number(retryAfter) : undefined);
  }

  async postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const h = new Headers({ Authorization: `Bearer ${await this.bearer()}`, 'Content-Type': 'application/json', Accept: 'application/json', ...headers });
    return this.ensure(await fetch(new URL(path, this.baseUrl).toString(), { method: 'POST', headers: h, body: JSON.stringify(body) }));
  }

  async getAbsolute(url: string, accept = 'application/json'): Promise<Response> {
    return this.ensure(await fetch(url, { headers: { Authorization: `Bearer ${await this.bearer()}`, Accept: accept } }));
  }
}
