import got, { type Got, type OptionsOfJSONResponseBody, type Response } from 'got';

export interface RequestContext {
  requestId: string;
  userToken: string;
}

/** Home-grown take on Apollo's RESTDataSource: subclasses set baseURL and override willSendRequest. */
export abstract class RESTDataSource {
  abstract baseURL: string;
  protected readonly http: Got = got.extend({ retry: { limit: 1 }, throwHttpErrors: true });

  constructor(protected readonly context: RequestContext) {}

  protected willSendRequest(_path: string, _request: { headers: Record<string, string> }): void {}

  private async fetchJson<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response<T>> {
    const request = { headers: { 'x-request-id': this.context.requestId } as Record<string, string> };
    this.willSendRequest(path, request);
    const options: OptionsOfJSONResponseBody = { method, headers: request.headers, responseType: 'json' };
    if (body !== undefined) options.json = body as Record<string, unknown>;
    const url = /^https?:\/\//.test(path) ? path : new URL(path.replace(/^\//, ''), this.baseURL.endsWith('/') ? this.baseURL : this.baseURL + '/').href;
    return (await this.http(url, options)) as Response<T>;
  }

  protected get<T>(path: string): Promise<Response<T>> {
    return this.fetchJson<T>('GET', path);
  }

  protected post<T>(path: string, body: unknown): Promise<Response<T>> {
    return this.fetchJson<T>('POST', path, body);
  }

  protected async getBuffer(url: string): Promise<Buffer> {
    const headers: Record<string, string> = {};
    this.willSendRequest(url, { headers });
    return this.http(url, { headers }).buffer();
  }
}
