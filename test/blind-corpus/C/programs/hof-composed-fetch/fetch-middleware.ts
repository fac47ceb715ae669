export type FetchLike = (input: string, init?: RequestInit & { json?: unknown }) => Promise<Response>;
export type Middleware = (next: FetchLike) => FetchLike;

export const compose =
  (...mws: Middleware[]) =>
  (base: FetchLike): FetchLike =>
    mws.reduceRight((next, mw) => mw(next), base);

export const withBaseUrl =
  (baseUrl: string): Middleware =>
  (next) =>
  (input, init) =>
    next(/^https?:/.test(input) ? input : baseUrl.replace(/\/$/, '') + input, init);

export const withBearer =
  (getToken: () => Promise<string>): Middleware =>
  (next) =>
  async (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${await getToken()}`);
    return next(input, { ...init, headers });
  };

export const withJsonBody: Middleware = (next) => (input, init = {}) => {
  if (init.json === undefined) return next(input, init);
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  headers.set('Content-Type', 'application/json');
  headers.set('Accept', 'application/json');
  return next(input, { ...rest, headers, body: JSON.stringify(json) });
};

export const withErrorMapping: Middleware = (next) => async (input, init) => {
  const res = await next(input, init);
  if (res.status >= 400) {
    const text = await res.text();
    throw new Error(`${init?.method ?? 'GET'} ${new URL(input).pathname} -> ${res.status} ${text}`);
  }
  return res;
};

export const withLogging =
  (log: (line: string) => void): Middleware =>
  (next) =>
  async (input, init) => {
    const t0 = Date.now();
    const res = await next(input, init);
    log(`${init?.method ?? 'GET'} ${input} ${res.status} ${Date.now() - t0}ms`);
    return res;
  };
