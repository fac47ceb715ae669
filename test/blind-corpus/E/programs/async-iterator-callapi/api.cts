import https = require('node:https');
import http = require('node:http');

interface TokenCache {
  value: string;
  expiresAt: number;
}

let token: TokenCache | undefined;

export interface ApiResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function raw(method: string, url: string, headers: http.OutgoingHttpHeaders, payload?: string): Promise<ApiResponse> {
  const target = new URL(url);
  const mod = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(target, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    if (payload) req.end(payload);
    else req.end();
  });
}

async function bearer(apiUrl: string): Promise<string> {
  if (token && token.expiresAt > Date.now()) return token.value;
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: process.env['WORKIVA_CLIENT_ID'] ?? '',
    client_secret: process.env['WORKIVA_CLIENT_SECRET'] ?? '',
  }).toString();
  const res = await raw('POST', `${apiUrl}/iam/v1/oauth2/token`, { 'content-type': 'application/x-www-form-urlencoded' }, form);
  if (res.status !== 200) throw new Error(`token request failed: ${res.status}`);
  const parsed = JSON.parse(res.body.toString()) as { access_token: string; expires_in: number };
  token = { value: parsed.access_token, expiresAt: Date.now() + (parsed.expires_in - 60) * 1000 };
  return token.value;
}

/** callApi('POST', '/path', body) against WORKIVA_API_URL, or an absolute URL handed back by the API. */
export async function callApi(method: 'GET' | 'POST', pathOrUrl: string, body?: unknown): Promise<ApiResponse> {
  const apiUrl = (process.env['WORKIVA_API_URL'] ?? '').replace(/\/$/, '');
  const url = pathOrUrl.startsWith('http') ? pathOrUrl : apiUrl + pathOrUrl;
  const headers: http.OutgoingHttpHeaders = { authorization: `Bearer ${await bearer(apiUrl)}`, accept: 'application/json' };
  let payload: string | undefined;
  if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['content-type'] = 'application/json';
    headers['content-length'] = Buffer.byteLength(payload);
  }
  const res = await raw(method, url, headers, payload);
  if (res.status >= 400) throw new Error(`${method} ${pathOrUrl} failed with ${res.status}: ${res.body.toString()}`);
  return res;
}
