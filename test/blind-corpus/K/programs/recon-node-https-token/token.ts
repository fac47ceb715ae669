import http from 'node:http';
import https from 'node:https';

export interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: string;
}

export function send(url: URL, options: http.RequestOptions, body?: string | Buffer): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(url, options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Client-credentials token with a small expiry margin; cached per process (cron runs are short). */
export class TokenSource {
  private cached: { token: string; expiresAt: number } | undefined;

  constructor(private readonly apiUrl: string, private readonly clientId: string, private readonly clientSecret: string) {}

  async get(): Promise<string> {
    if (this.cached && this.cached.expiresAt - 30_000 > Date.now()) return this.cached.token;
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.clientId, client_secret: this.clientSecret }).toString();
    const res = await send(new URL('/iam/v1/oauth2/token', this.apiUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(form) },
    }, form);
    if (res.status !== 200) throw new Error(`token endpoint returned ${res.status}: ${res.body.toString()}`);
    const tok = JSON.parse(res.body.toString()) as TokenResponse;
    this.cached = { token: tok.access_token, expiresAt: Date.now() + tok.expires_in * 1000 };
    return tok.access_token;
  }
}
