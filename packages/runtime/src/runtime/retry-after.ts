// How long to wait: `Retry-After` (delta-seconds or HTTP-date), never shortened (a poll earlier than
// announced is a protocol bug), and the jittered exponential backoff used when a 429/503 does not say.
// The upper bound on any wait is the export's deadline: a wait that would end after it fails at once
// with TIMEOUT (see transport.ts) instead of polling early.

/** Wait when a response carries no usable `Retry-After`: the operations endpoint allows ~1 request/s. */
export const DEFAULT_RETRY_AFTER_MS = 1_000;
const DELTA_SECONDS = /^\s*(\d+)\s*$/;

/** Milliseconds a `Retry-After` value asks to wait from `now`, or undefined if absent or unparseable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value == null || value.trim() === '') return undefined;
  const seconds = DELTA_SECONDS.exec(value);
  if (seconds) return Number(seconds[1]) * 1_000;
  // A negative or fractional number is neither form; Date.parse would read it as a year.
  if (/^\s*[-+]?[\d.]+\s*$/.test(value)) return undefined;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** The wait to honour: the announced one (a date in the past counts as 0), or 1 s when none was announced. */
export function retryAfterDelay(value: string | null | undefined, now: number): number {
  const announced = parseRetryAfter(value, now);
  if (announced === undefined) return DEFAULT_RETRY_AFTER_MS;
  return Math.max(0, announced);
}

const BACKOFF_BASE_MS = 500;
const BACKOFF_MAX_MS = 8_000;

/** Backoff before retry number `attempt` (1-based): exponential, capped, with jitter in [50 %, 100 %]. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}
