import axios, { type AxiosInstance, type AxiosResponse, type RawAxiosRequestHeaders } from 'axios';

/** Immutable, chainable request builder over an axios instance. */
export class RequestBuilder {
  private constructor(
    private readonly http: AxiosInstance,
    private readonly segments: readonly string[],
    private readonly extraHeaders: RawAxiosRequestHeaders,
  ) {}

  static over(baseURL: string, headers: RawAxiosRequestHeaders = {}): RequestBuilder {
    const http = axios.create({ baseURL, timeout: 30_000, validateStatus: () => true });
    return new RequestBuilder(http, [], headers);
  }

  path(...parts: Array<string | { toString(): string }>): RequestBuilder {
    return new RequestBuilder(this.http, [...this.segments, ...parts.map((p) => encodeURIComponent(String(p)))], this.extraHeaders);
  }

  header(name: string, value: string): RequestBuilder {
    return new RequestBuilder(this.http, this.segments, { ...this.extraHeaders, [name]: value });
  }

  private get url(): string {
    return '/' + this.segments.join('/');
  }

  get<T>(): Promise<AxiosResponse<T>> {
    return this.http.get<T>(this.url, { headers: this.extraHeaders });
  }

  post<T>(body: unknown): Promise<AxiosResponse<T>> {
    return this.http.post<T>(this.url, body, { headers: { ...this.extraHeaders, 'Content-Type': 'application/json' } });
  }
}
