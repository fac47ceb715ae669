import axios, { type AxiosInstance, type AxiosResponse, type RawAxiosRequestHeaders } from 'axios';

/** Thin requests.Session look-alike so the service code reads like our Python tooling. */
export class HTTPError extends Error {
  constructor(public readonly response: AxiosResponse) {
    super(`${response.status} Client Error for url: ${response.config.url}`);
    this.name = 'HTTPError';
  }
}

export class Session {
  readonly headers: RawAxiosRequestHeaders = {};
  private readonly http: AxiosInstance;

  constructor(timeout_ms = 30_000) {
    this.http = axios.create({ timeout: timeout_ms, validateStatus: () => true });
  }

  async get(url: string, opts: { stream?: boolean } = {}): Promise<AxiosResponse> {
    return this.http.get(url, { headers: this.headers, responseType: opts.stream ? 'arraybuffer' : 'json' });
  }

  async post(url: string, opts: { json?: unknown; headers?: RawAxiosRequestHeaders } = {}): Promise<AxiosResponse> {
    return this.http.post(url, opts.json, { headers: { ...this.headers, ...opts.headers } });
  }

  static raise_for_status(resp: AxiosResponse): AxiosResponse {
    if (resp.status >= 400) throw new HTTPError(resp);
    return resp;
  }
}
