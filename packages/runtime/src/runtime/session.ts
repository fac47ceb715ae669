// Turns the caller's ExportOptions into the Session every request of one export shares.
import { normalizeBaseUrl } from './base-url.js';
import { systemClock } from './clock.js';
import { Credentials, TrustPolicy } from './credentials.js';
import type { Session } from './transport.js';
import type { ExportOptions } from './types.js';

/** Default overall deadline: long enough for a slow export, short enough that a stuck one ends. */
export const DEFAULT_TIMEOUT_MS = 15 * 60_000;
export const DEFAULT_MAX_ATTEMPTS = 4;
export const DEFAULT_MAX_REDIRECTS = 5;

export interface SessionWithRoot extends Session {
  readonly root: URL;
}

/** `deadline`: an absolute clock time to honour as well (from a resumed ExportState). */
export function createSession(options: ExportOptions = {}, deadline: number | null = null): SessionWithRoot {
  const clock = options.clock ?? systemClock;
  const root = normalizeBaseUrl(options.baseUrl);
  const fromTimeout = options.timeoutMs === undefined && deadline !== null ? null : clock.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  return {
    root,
    fetch: options.fetch ?? globalThis.fetch,
    clock,
    signal: options.signal,
    deadline: fromTimeout === null ? deadline : deadline === null ? fromTimeout : Math.min(deadline, fromTimeout),
    trust: new TrustPolicy(root.origin, options.trustedOrigins),
    credentials: new Credentials(options.token, options.headers),
    maxAttempts: Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS),
    maxRedirects: Math.max(0, options.maxRedirects ?? DEFAULT_MAX_REDIRECTS),
  };
}
