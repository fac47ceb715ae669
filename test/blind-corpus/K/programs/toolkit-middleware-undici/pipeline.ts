import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request, type Dispatcher } from 'undici';

export interface OutgoingRequest {
  method: Dispatcher.HttpMethod;
  /** path relative to the pipeline's origin, or an absolute URL on the same origin */
  path: string;
  headers: Record<string, string>;
  body?: string;
  meta: { name: string; attempt: number };
}

export interface IncomingResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Dispatcher.ResponseData['body'];
}

export type Handler = (req: OutgoingRequest) => Promise<IncomingResponse>;
export type Middleware = (next: Handler) => Handler;

export const bearerAuth = (getToken: () => Promise<string> | string): Middleware => (next) => async (req) =>
  next({ ...req, headers: { ...req.headers, authorization: `Bearer ${await getToken()}` } });

export const apiVersion = (version: string): Middleware => (next) => (req) => next({ ...req, headers: { 'x-version': version, ...req.headers } });

export const jsonBody: Middleware = (next) => (req) =>
  next(req.body !== undefined ? { ...req, headers: { 'content-type': 'application/json', ...req.headers } } : req);

export const retryOn429 = (maxAttempts = 3): Middleware => (next) => async (req) => {
  for (let attempt = 1; ; attempt++) {
    const res = await next({ ...req, meta: { ...req.meta, attempt } });
    if ((res.status !== 429 && res.status !== 503) || attempt >= maxAttempts) return res;
    await res.body.dump();
    await sleep(Number(res.headers['retry-after'] ?? 2) * 1000);
  }
};

export const logging = (log: (line: string) => void): Middleware => (next) => async (req) => {
  const t0 = performance.now();
  const res = await next(req);
  log(`${req.meta.name} ${req.method} ${new URL(req.path, 'http://x').pathname} -> ${res.status} (${Math.round(performance.now() - t0)}ms, attempt ${req.meta.attempt})`);
  return res;
};

export class Pipeline {
  private readonly handler: Handler;
  private readonly dispatcher: Agent;

  constructor(private readonly origin: string, middlewares: Middleware[]) {
    this.dispatcher = new Agent({ keepAliveTimeout: 10_000, connections: 8 });
    const terminal: Handler = async (req) => {
      const url = new URL(req.path, this.origin);
      if (url.origin !== new URL(this.origin).origin) throw new Error(`refusing to send credentials to ${url.origin}`);
      const res = await request(url, { method: req.method, headers: req.headers, body: req.body ?? null, dispatcher: this.dispatcher });
      return { status: res.statusCode, headers: res.headers, body: res.body };
    };
    this.handler = middlewares.reduceRight<Handler>((next, mw) => mw(next), terminal);
  }

  send(req: Omit<OutgoingRequest, 'headers' | 'meta'> & { headers?: Record<string, string>; name?: string }): Promise<IncomingResponse> {
    return this.handler({ method: req.method, path: req.path, headers: req.headers ?? {}, ...(req.body !== undefined ? { body: req.body } : {}), meta: { name: req.name ?? req.method, attempt: 1 } });
  }

  close(): Promise<void> {
    return this.dispatcher.close();
  }
}
