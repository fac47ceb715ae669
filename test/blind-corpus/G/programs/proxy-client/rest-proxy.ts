// Tiny "universal" REST client: property access and calls become URL segments,
// the verbs at the end of the chain send the request.
//   api.users(42).posts.get()  ->  GET {root}/users/42/posts

export interface ProxyResponse {
  status: number;
  headers: Headers;
  json<T>(): Promise<T>;
  bytes(): Promise<Uint8Array>;
}

export interface ProxyOptions {
  root: string;
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  onRequest?: (method: string, url: string) => void;
}

// The chain is intentionally untyped: segment names are free-form.
export type DynamicApi = any;

const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete']);

export function createApi(options: ProxyOptions, segments: readonly string[] = []): DynamicApi {
  const send = async (method: string, body?: unknown): Promise<ProxyResponse> => {
    const url = `${options.root.replace(/\/$/, '')}/${segments.map((s) => encodeURIComponent(s)).join('/')}`;
    options.onRequest?.(method.toUpperCase(), url);
    const headers: Record<string, string> = { ...(await options.headers?.()) };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(url, { method: method.toUpperCase(), headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return {
      status: res.status,
      headers: res.headers,
      json: <T,>() => res.json() as Promise<T>,
      bytes: async () => new Uint8Array(await res.arrayBuffer()),
    };
  };

  const target = function () {} as unknown as object;
  return new Proxy(target, {
    get(_t, prop) {
      if (typeof prop !== 'string') return undefined;
      if (prop === 'then') return undefined; // not a thenable
      if (VERBS.has(prop)) return (body?: unknown) => send(prop, body);
      return createApi(options, [...segments, prop]);
    },
    apply(_t, _this, args: unknown[]) {
      return createApi(options, [...segments, ...args.map((a) => String(a))]);
    },
  });
}
