// The simulator's request-rate limits: per endpoint (export, operations, download, token) and, when
// asked, per bearer token — a sliding one-second window, as an API gateway enforces it. A request
// beyond the limit is answered 429 with a Retry-After saying when the window has room again.
import type { FaultTarget } from './types.js';

/** Requests per second each endpoint accepts; an endpoint left out is not limited. */
export interface RateLimitSpec {
  readonly export?: number;
  /** The operations endpoint (polls): Workiva documents "as low as 1 request per second". */
  readonly poll?: number;
  readonly download?: number;
  readonly token?: number;
  /** The successor's test phase listing (discovery). */
  readonly 'test-phases'?: number;
  /** Count each bearer token on its own (true), or all callers together (default). */
  readonly perToken?: boolean;
}

const WINDOW_MS = 1_000;

export interface RateLimiter {
  /** Admits the request (undefined) or returns the whole seconds to announce in Retry-After. */
  admit(spec: RateLimitSpec | undefined, endpoint: FaultTarget, authorization: string | undefined, now: number): number | undefined;
}

export function createRateLimiter(): RateLimiter {
  // Arrival times of the admitted requests of each window key, oldest first.
  const windows = new Map<string, number[]>();
  return {
    admit(spec, endpoint, authorization, now) {
      const limit = spec?.[endpoint];
      if (limit === undefined) return undefined;
      const key = spec?.perToken ? `${endpoint} ${authorization ?? ''}` : endpoint;
      const admitted = windows.get(key) ?? [];
      while (admitted.length > 0 && admitted[0]! <= now - WINDOW_MS) admitted.shift();
      windows.set(key, admitted);
      if (admitted.length < limit) {
        admitted.push(now);
        return undefined;
      }
      // The window has room again once its oldest request leaves it.
      return Math.max(1, Math.ceil((admitted[0]! + WINDOW_MS - now) / 1_000));
    },
  };
}
