// Turns the caller's ExportOptions into the Session every request of one export shares.
import { normalizeBaseUrl } from './base-url.js';
import { systemClock } from './clock.js';
import { credentialKey } from './credential-key.js';
import { Credentials, TrustPolicy } from './credentials.js';
import { WorkivaSunsetError } from './errors.js';
import type { Session } from './transport.js';
import type { ExportOptions, RateLimiter } from './types.js';

/** Default overall deadline: long enough for a slow export, short enough that a stuck one ends. */
export const DEFAULT_TIMEOUT_MS = 15 * 60_000;
export const DEFAULT_MAX_ATTEMPTS = 4;
export const DEFAULT_MAX_REDIRECTS = 5;

export interface SessionWithRoot extends Session {
  readonly root: URL;
}

/** Latest time a Date can hold: a deadline beyond it is no deadline at all. */
const MAX_DATE_MS = 8.64e15;

/** The deadline `timeoutMs` sets from `now`: null for Infinity; refused (before anything is sent) when not a positive number. */
function deadlineFromTimeout(timeoutMs: number, now: number): number | null {
  if (typeof timeoutMs !== 'number' || Number.isNaN(timeoutMs) || timeoutMs <= 0) {
    throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: `timeoutMs must be a positive number of milliseconds, or Infinity for no deadline; got ${String(timeoutMs)}` });
  }
  const deadline = now + timeoutMs;
  return deadline > MAX_DATE_MS ? null : deadline;
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

function checkedRateLimiter(limiter: RateLimiter | undefined): RateLimiter | undefined {
  if (limiter === undefined || typeof (limiter as Partial<RateLimiter> | null)?.schedule === 'function') return limiter;
  throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: 'rateLimiter must have a schedule(fn) method, like a Bottleneck limiter' });
}

/** `deadline`: an absolute clock time to honour as well (from a resumed ExportState). */
export function createSession(options: ExportOptions = {}, deadline: number | null = null): SessionWithRoot {
  const clock = options.clock ?? systemClock;
  const root = normalizeBaseUrl(options.baseUrl);
  // A resumed state keeps its own deadline unless timeoutMs is given again.
  const fromTimeout = options.timeoutMs === undefined && deadline !== null ? null : deadlineFromTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, clock.now());
  return {
    root,
    fetch: options.fetch ?? globalThis.fetch,
    clock,
    // One signal per export that follows the caller's: AbortSignal.any adds no listener to the caller's
    // signal, so a hundred exports sharing it do not trip MaxListenersExceededWarning.
    signal: options.signal ? AbortSignal.any([options.signal]) : undefined,
    deadline: earliest(deadline, fromTimeout),
    trust: new TrustPolicy(root.origin, options.trustedOrigins),
    credentials: new Credentials(options.token, options.headers),
    maxAttempts: Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS),
    maxRedirects: Math.max(0, options.maxRedirects ?? DEFAULT_MAX_REDIRECTS),
    credentialKey: credentialKey(options.token, options.headers),
    rateLimiter: checkedRateLimiter(options.rateLimiter),
  };
}
