export interface RequestFactoryOptions {
  baseUrl: string;
  token: string;
  version?: string;
  userAgent?: string;
}

/** Builds WHATWG Requests with the platform's standard headers; sending is left to the caller (so tests can inspect them). */
export class RequestFactory {
  constructor(private readonly o: RequestFactoryOptions) {}

  private headers(json: boolean): Headers {
    const h = new Headers({ Authorization: `Bearer ${this.o.token}`, Accept: 'application/json', 'User-Agent': this.o.userAgent ?? 'platform-kit' });
    if (json) h.set('Content-Type', 'application/json');
    if (this.o.version) h.set('X-Version', this.o.version);
    return h;
  }

  url(path: string): URL {
    return new URL(path.replace(/^\/?/, ''), this.o.baseUrl.endsWith('/') ? this.o.baseUrl : `${this.o.baseUrl}/`);
  }

  post(path: string, body: unknown, signal?: AbortSignal): Request {
    return new Request(this.url(path), { method: 'POST', headers: this.headers(true), body: JSON.stringify(body), ...(signal ? { signal } : {}) });
  }

  get(urlOrPath: string, accept?: string): Request {
    const h = this.headers(false);
    if (accept) h.set('Accept', accept);
    return new Request(/^https?:/.test(urlOrPath) ? urlOrPath : this.url(urlOrPath), { headers: h });
  }
}
