import superagent, { type Response, type SuperAgentRequest } from 'superagent';

export type HttpMethod = 'GET' | 'POST';

/** Fluent request builder shared by all our Workiva gateways. */
export class WorkivaRequestBuilder {
  private method: HttpMethod = 'GET';
  private readonly segments: string[] = [];
  private payload: object | undefined;
  private readonly extraHeaders: Record<string, string> = {};

  private constructor(private readonly baseUrl: string, private readonly credentials: BearerCredentials) {}

  static create(baseUrl: string, credentials: BearerCredentials): WorkivaRequestBuilder {
    return new WorkivaRequestBuilder(baseUrl, credentials);
  }

  withMethod(method: HttpMethod): this {
    this.method = method;
    return this;
  }

  withSegments(...segments: string[]): this {
    this.segments.push(...segments.map(encodeURIComponent));
    return this;
  }

  withJsonBody(body: object): this {
    this.payload = body;
    return this;
  }

  withApiVersion(version: string): this {
    this.extraHeaders['X-Version'] = version;
    return this;
  }

  build(): SuperAgentRequest {
    const url = `${this.baseUrl.replace(/\/$/, '')}/${this.segments.join('/')}`;
    const req = (this.method === 'POST' ? superagent.post(url) : superagent.get(url))
      .set('Authorization', this.credentials.header())
      .set('Accept', 'application/json')
      .set(this.extraHeaders)
      .timeout({ response: 29_000 });
    return this.payload ? req.type('json').send(this.payload) : req;
  }
}

export class BearerCredentials {
  constructor(private readonly token: string) {}
  header(): string {
    return `Bearer ${this.token}`;
  }
}

export function retryAfterSeconds(res: Response, fallback = 2): number {
  const value = Number(res.header['retry-after']);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}
