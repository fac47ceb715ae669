import http from 'node:http';
import https from 'node:https';

export interface RawResponse {
  statusCode: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export function call(url: URL, options: { method: string; headers: Record<string, string>; body?: string }): Promise<RawResponse> {
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(url, { method: options.method, headers: options.headers, timeout: 29_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout calling ${url.pathname}`)));
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}
