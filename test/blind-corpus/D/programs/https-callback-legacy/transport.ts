import http from 'node:http';
import https from 'node:https';

export interface RawResponse {
  statusCode: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Callback-style request helper kept from the original integration (pre-fetch Node). */
export function send(
  url: URL,
  options: https.RequestOptions,
  payload: string | undefined,
  callback: (err: Error | null, res?: RawResponse) => void,
): void {
  const transport = url.protocol === 'https:' ? https : http;
  const req = transport.request(url, options, (res) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => callback(null, { statusCode: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    res.on('error', (e) => callback(e));
  });
  req.on('error', (e) => callback(e));
  if (payload) req.write(payload);
  req.end();
}
