// How long to wait: `Retry-After` (delta-seconds or IMF-fixdate, parsed strictly), never shortened (a
// poll earlier than announced is a protocol bug), and the jittered exponential backoff used when a
// 429/503 does not say. The upper bound on any wait is the export's deadline: a wait that would end
// after it fails at once with TIMEOUT (see transport.ts) instead of polling early.

/** Wait when a response carries no usable `Retry-After`: the operations endpoint allows ~1 request/s. */
export const DEFAULT_RETRY_AFTER_MS = 1_000;

const DELTA_SECONDS = /^\d+$/;
// A fractional number is not RFC 9110 delta-seconds, but its meaning is plain: honour it rounded up.
const DECIMAL_SECONDS = /^\d+\.\d+$/;
// IMF-fixdate only (RFC 9110 §5.6.7), e.g. `Sun, 06 Nov 1994 08:49:37 GMT`. Date.parse alone is far too
// lenient: it reads "5, 5" or "3 (seconds)" as dates in 2001, which made the wait 0 and polls storm.
const IMF_FIXDATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const DAY_NAME = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/;

/** The values of a comma-joined list (fetch joins repeated header lines, e.g. origin + gateway, with ", "). */
function splitList(value: string): string[] {
  const parts = value.split(',');
  const items: string[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!.trim();
    // An IMF-fixdate has a comma of its own, after the day name.
    if (DAY_NAME.test(part) && index + 1 < parts.length) items.push(`${part},${parts[++index]!.trimEnd()}`);
    else items.push(part);
  }
  return items;
}

function parseOne(value: string, now: number): number | undefined {
  if (DELTA_SECONDS.test(value)) return Number(value) * 1_000;
  if (DECIMAL_SECONDS.test(value)) return Math.ceil(Number(value)) * 1_000;
  if (!IMF_FIXDATE.test(value)) return undefined;
  const date = Date.parse(value);
  // Date.parse rolls "31 Feb" over to March: only a date that prints back identically is real.
  if (Number.isNaN(date) || new Date(date).toUTCString() !== value) return undefined;
  return Math.max(0, date - now);
}

/**
 * Milliseconds a `Retry-After` value asks to wait from `now`, or undefined if absent or malformed.
 * A repeated value (`"5, 5"`) counts once; a list of different valid values counts as the longest, so
 * no sender's wait is cut short. Anything else is malformed.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value == null) return undefined;
  const items = splitList(value);
  if (items.some((item) => item === '')) return undefined;
  let longest: number | undefined;
  for (const item of items) {
    const wait = parseOne(item, now);
    if (wait === undefined) return undefined;
    longest = Math.max(longest ?? 0, wait);
  }
  return longest;
}

/** The wait to honour: the announced one (a date in the past counts as 0), or 1 s when none or a malformed one was announced. */
export function retryAfterDelay(value: string | null | undefined, now: number): number {
  return parseRetryAfter(value, now) ?? DEFAULT_RETRY_AFTER_MS;
}

const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 8_000;

/**
 * Backoff before retry number `attempt` (1-based) of a 429/503 without `Retry-After` or a network error:
 * exponential from 1 s, capped at 8 s, with jitter in [50 %, 100 %] — so 0.5–8 s in all.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}
