import http from 'node:http';
import https from 'node:https';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Fills `:name` placeholders the way our Express routes are written. */
export function route(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/:([A-Za-z]+)/g, (_, key: string) => {
    const value = params[key];
    if (!value) throw new TypeError(`route ${pattern} needs :${key}`);
    return encodeURIComponent(value);
  });
}

export function httpRequest(method: string, url: string, headers: Record<string, string>, payload?: string): Promise<RawResponse> {
  const target = new URL(url);
  const lib = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      target,
      { method, headers: payload === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(payload).toString() } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout calling ${method} ${url}`)));
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}
