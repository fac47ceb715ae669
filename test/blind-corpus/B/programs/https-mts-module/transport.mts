import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { once } from 'node:events';
import { buffer } from 'node:stream/consumers';

export interface SimpleResponse {
  status: number;
  header(name: string): string | undefined;
  body: Buffer;
}

function wrap(res: IncomingMessage, body: Buffer): SimpleResponse {
  return {
    status: res.statusCode ?? 0,
    header: (name) => {
      const v = res.headers[name.toLowerCase()];
      return Array.isArray(v) ? v.join(', ') : v;
    },
    body,
  };
}

export async function send(url: URL, method: string, headers: Record<string, string>, payload?: Buffer): Promise<SimpleResponse> {
  const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, { method, headers: payload ? { ...headers, 'content-length': String(payload.length) } : headers });
  req.end(payload);
  const [res] = (await once(req, 'response')) as [IncomingMessage];
  return wrap(res, await buffer(res));
}
