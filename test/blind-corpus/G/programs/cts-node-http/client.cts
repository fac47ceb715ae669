import http = require('node:http');
import { routes, type AttachmentIds } from './routes.cjs';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface ClientOptions {
  apiUrl: string;
  clientId: string;
  clientSecret: string;
}

function call(method: string, target: string | URL, headers: http.OutgoingHttpHeaders, body?: string | Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(target, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${String(target)} timed out`)));
    req.on('error', reject);
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

function single(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

export class SampleExportClient {
  private token?: { value: string; expiresAt: number };

  constructor(private readonly options: ClientOptions) {}

  private async bearer(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now() + 30_000) return this.token.value;
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.options.clientId, client_secret: this.options.clientSecret }).toString();
    const res = await call('POST', new URL(routes.token(), this.options.apiUrl), { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(form) }, form);
    if (res.status !== 200) throw new Error(`token endpoint returned ${res.status}`);
    const parsed = JSON.parse(res.body.toString('utf8')) as { access_token: string; expires_in: number };
    this.token = { value: parsed.access_token, expiresAt: Date.now() + parsed.expires_in * 1000 };
    return parsed.access_token;
  }

  async start(ids: AttachmentIds): Promise<{ location: string; retryAfter: number }> {
    const payload = JSON.stringify({ format: 'pdf' });
    const headers = { Authorization: `Bearer ${await this.bearer()}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload), Accept: 'application/json' };
    const res = await call('POST', new URL(routes.attachmentExport(ids), this.options.apiUrl), headers, payload); // blind-corpus: site=cts-call-1
    if (res.status !== 202) throw new Error(`export failed (${res.status}): ${res.body.toString('utf8')}`);
    return { location: single(res.headers.location) ?? '', retryAfter: Number(single(res.headers['retry-after']) ?? 1) };
  }

  async status(location: string): Promise<{ op: { id: string; status: string; resourceUrl?: string; resourceURL?: string }; retryAfter: number; throttled: boolean }> {
    const res = await call('GET', location, { Authorization: `Bearer ${await this.bearer()}`, Accept: 'application/json' });
    const retryAfter = Number(single(res.headers['retry-after']) ?? 1);
    if (res.status === 429) return { op: { id: '', status: 'throttled' }, retryAfter, throttled: true };
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    return { op: JSON.parse(res.body.toString('utf8')), retryAfter, throttled: false };
  }

  async download(url: string): Promise<Buffer> {
    const res = await call('GET', url, { Authorization: `Bearer ${await this.bearer()}` });
    if (res.status !== 200) throw new Error(`download ${res.status}`);
    return res.body;
  }
}

