export interface CallResult {
  status: number;
  headers: Headers;
  json<T>(): Promise<T>;
  buffer(): Promise<ArrayBuffer>;
}

export type Credentials = () => Promise<string> | string;

/** The team's thin HTTP layer: every outbound call goes through `call`. */
export class HttpClient {
  constructor(private readonly root: string, private readonly credentials: Credentials, private readonly userAgent = 'evidence-export/3.2') {}

  async call(method: string, pathOrUrl: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<CallResult> {
    const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : new URL(pathOrUrl.replace(/^\//, ''), this.root.endsWith('/') ? this.root : `${this.root}/`).toString();
    const headers = new Headers({ 'User-Agent': this.userAgent, Authorization: `Bearer ${await this.credentials()}`, ...extraHeaders });
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    const started = performance.now();
    const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (process.env['HTTP_TRACE']) console.debug(`${method} ${url} -> ${res.status} in ${Math.round(performance.now() - started)}ms`);
    return { status: res.status, headers: res.headers, json: <T,>() => res.json() as Promise<T>, buffer: () => res.arrayBuffer() };
  }
}
