/**
 * Fluent client: `api.audits(id).procedures(id)...get()` maps property access to path segments.
 * Saves writing a method per endpoint for the long tail of platform calls.
 */
export interface Terminal {
  get<T = unknown>(): Promise<{ data: T; headers: Headers; status: number }>;
  post<T = unknown>(body: unknown): Promise<{ data: T; headers: Headers; status: number }>;
}

export type Node = Terminal & { [segment: string]: Node & ((id: string) => Node) };

export interface ProxyClientOptions {
  baseUrl: string;
  headers: () => Record<string, string>;
}

export function createRestProxy(opts: ProxyClientOptions, segments: string[] = []): Node {
  const call = async (method: string, body?: unknown) => {
    const url = `${opts.baseUrl.replace(/\/$/, '')}/${segments.map(encodeURIComponent).join('/')}`;
    const init: RequestInit = { method, headers: { Accept: 'application/json', ...opts.headers() } };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    }
    const res = await fetch(url, init);
    if (!res.ok) throw new Error(`${method} /${segments.join('/')} -> ${res.status}: ${await res.text()}`);
    const text = await res.text();
    return { data: text ? JSON.parse(text) : undefined, headers: res.headers, status: res.status };
  };
  const target = Object.assign((id: string) => createRestProxy(opts, [...segments, id]), {
    get: () => call('GET'),
    post: (body: unknown) => call('POST', body),
  });
  return new Proxy(target, {
    get(t, prop) {
      if (prop === 'get' || prop === 'post') return t[prop];
      if (typeof prop !== 'string') return undefined;
      return createRestProxy(opts, [...segments, prop]);
    },
  }) as unknown as Node;
}
