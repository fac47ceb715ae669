/** Method decorators shared by our outbound gateways (TC39 decorators, TS 5+). */

export class HttpStatusError extends Error {
  constructor(readonly status: number, readonly retryAfterSeconds: number | undefined, message: string) {
    super(message);
    this.name = 'HttpStatusError';
  }
}

type AsyncMethod<This, Args extends unknown[], R> = (this: This, ...args: Args) => Promise<R>;

export function retryOn(statuses: number[], maxAttempts = 3) {
  return function <This, Args extends unknown[], R>(target: AsyncMethod<This, Args, R>, _ctx: ClassMethodDecoratorContext<This, AsyncMethod<This, Args, R>>) {
    return async function (this: This, ...args: Args): Promise<R> {
      for (let attempt = 1; ; attempt++) {
        try {
          return await target.apply(this, args);
        } catch (err) {
          if (!(err instanceof HttpStatusError) || !statuses.includes(err.status) || attempt >= maxAttempts) throw err;
          const backoff = (err.retryAfterSeconds ?? 2 ** attempt) * 1000;
          await new Promise((r) => setTimeout(r, backoff));
        }
      }
    };
  };
}

interface BreakerState {
  failures: number;
  openUntil: number;
}

const breakers = new Map<string, BreakerState>();

export function circuitBreaker(name: string, { threshold = 5, cooldownMs = 30_000 } = {}) {
  return function <This, Args extends unknown[], R>(target: AsyncMethod<This, Args, R>, _ctx: ClassMethodDecoratorContext<This, AsyncMethod<This, Args, R>>) {
    return async function (this: This, ...args: Args): Promise<R> {
      const state = breakers.get(name) ?? { failures: 0, openUntil: 0 };
      breakers.set(name, state);
      if (Date.now() < state.openUntil) throw new Error(`circuit ${name} is open`);
      try {
        const result = await target.apply(this, args);
        state.failures = 0;
        return result;
      } catch (err) {
        if (++state.failures >= threshold) state.openUntil = Date.now() + cooldownMs;
        throw err;
      }
    };
  };
}

export function timed(metric: string) {
  return function <This, Args extends unknown[], R>(target: AsyncMethod<This, Args, R>, ctx: ClassMethodDecoratorContext<This, AsyncMethod<This, Args, R>>) {
    return async function (this: This, ...args: Args): Promise<R> {
      const t0 = performance.now();
      try {
        return await target.apply(this, args);
      } finally {
        if (process.env['METRICS_DEBUG']) console.debug(`${metric}.${String(ctx.name)} ${(performance.now() - t0).toFixed(1)}ms`);
      }
    };
  };
}
