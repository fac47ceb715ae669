import { renderPath, type Endpoint, type ParamsOf } from './endpoint.js';
import type { Accepted } from './workiva.endpoints.js';

export interface ClientOptions {
  baseUrl: string;
  token: () => string | Promise<string>;
  userAgent?: string;
}

export class HttpKitError extends Error {
  constructor(readonly endpoint: string, readonly status: number, readonly body: unknown) {
    super(`${endpoint} failed with ${status}`);
  }
}

export class ApiClient {
  constructor(private readonly opts: ClientOptions) {}

  async headers(extra?: Record<string, string>): Promise<Record<string, string>> {
    return { authorization: `Bearer ${await this.opts.token()}`, accept: 'application/json', 'user-agent': this.opts.userAgent ?? 'http-kit/3', ...extra };
  }

  async call<E extends Endpoint<string, any, any>>(ep: E, params: ParamsOf<E>, body?: NonNullable<E['_req']>): Promise<NonNullable<E['_res']>> {
    const url = new URL(renderPath(ep.path, params as Record<string, string>), this.opts.baseUrl);
    const res = await fetch(url, {
      method: ep.method,
      headers: await this.headers({ ...(body ? { 'content-type': 'application/json' } : {}), ...(ep.apiVersion ? { 'x-version': ep.apiVersion } : {}) }),
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (res.status === 202) {
      const accepted: Accepted = { location: res.headers.get('location') ?? '', retryAfter: Number(res.headers.get('retry-after') ?? 1) };
      return accepted as NonNullable<E['_res']>;
    }
    const data = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text();
    if (!res.ok) throw new HttpKitError(ep.name, res.status, data);
    return data as NonNullable<E['_res']>;
  }

  async getAbsolute(url: string, accept = 'application/json'): Promise<Response> {
    const res = await fetch(url, { headers: await this.headers({ accept }) });
    if (!res.ok) throw new HttpKitError(`GET ${new URL(url).pathname}`, res.status, await res.text());
    return res;
  }
}
