export interface OutboundContext {
  method: string;
  url: string;
  headers: Headers;
  body?: string;
  response?: Response;
  attempt: number;
  meta: Record<string, unknown>;
}

export type Next = () => Promise<void>;
export type Middleware = (ctx: OutboundContext, next: Next) => Promise<void>;

export function compose(stack: Middleware[]): (ctx: OutboundContext) => Promise<void> {
  return function dispatch(ctx) {
    let index = -1;
    const step = async (i: number): Promise<void> => {
      if (i <= index) throw new Error('next() called multiple times');
      index = i;
      const mw = stack[i];
      if (mw) await mw(ctx, () => step(i + 1));
    };
    return step(0);
  };
}

export const baseUrl =
  (base: string): Middleware =>
  async (ctx, next) => {
    if (!/^https?:/.test(ctx.url)) ctx.url = base.replace(/\/$/, '') + ctx.url;
    await next();
  };

export const bearer =
  (getToken: () => string): Middleware =>
  async (ctx, next) => {
    ctx.headers.set('Authorization', `Bearer ${getToken()}`);
    await next();
  };

export const jsonBody: Middleware = async (ctx, next) => {
  if (ctx.meta['json'] !== undefined) {
    ctx.headers.set('Content-Type', 'application/json');
    ctx.body = JSON.stringify(ctx.meta['json']);
  }
  if (!ctx.headers.has('Accept')) ctx.headers.set('Accept', 'application/json');
  await next();
};

export const retryOnThrottle =
  (max = 3): Middleware =>
  async (ctx, next) => {
    for (;;) {
      await next();
      const res = ctx.response;
      if (!res || (res.status !== 429 && res.status !== 503) || ctx.attempt >= max) return;
      ctx.attempt++;
      const wait = Number(res.headers.get('Retry-After') ?? 2 ** ctx.attempt);
      await new Promise((r) => setTimeout(r, wait * 1000));
    }
  };

export const timing: Middleware = async (ctx, next) => {
  const t0 = performance.now();
  await next();
  ctx.meta['durationMs'] = Math.round(performance.now() - t0);
};

export const send: Middleware = async (ctx) => {
  ctx.response = await fetch(ctx.url, { method: ctx.method, headers: ctx.headers, body: ctx.body });
};
