// Keeps the protocol for code the safety net did not write: it remembers the operations it started
// (the Location of each routed export's 202) and when each may next be polled (its Retry-After), so
// a poll that comes early is held until it is due instead of reaching the server.
import { DEFAULT_RETRY_AFTER_MS, parseRetryAfter } from 'workiva-sunset';

// Bounded: a process that starts exports forever must not grow this map forever.
const MAX_TRACKED_OPERATIONS = 10_000;

const dueAtByOperation = new Map<string, number>();

/** The key of an operation URL: origin and path, without query or fragment. */
function keyOf(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/** Whether any operation is being tracked: lets every other GET skip the URL work. */
export function isTrackingOperations(): boolean {
  return dueAtByOperation.size > 0;
}

/** Records the operation a routed export started, from its 202's Location and Retry-After. */
export function trackOperation(requestUrl: URL, location: string | undefined, retryAfter: string | undefined, receivedAt: number): void {
  if (!location || !URL.canParse(location, requestUrl)) return;
  if (dueAtByOperation.size >= MAX_TRACKED_OPERATIONS) dueAtByOperation.delete(dueAtByOperation.keys().next().value!);
  dueAtByOperation.set(keyOf(new URL(location, requestUrl)), receivedAt + (parseRetryAfter(retryAfter, receivedAt) ?? DEFAULT_RETRY_AFTER_MS));
}

/** After a poll of a tracked operation answered: its next Retry-After, or forget it once it says nothing more. */
export function notePollAnswer(url: URL, retryAfter: string | undefined, receivedAt: number): void {
  const key = keyOf(url);
  if (!dueAtByOperation.has(key)) return;
  const wait = parseRetryAfter(retryAfter, receivedAt);
  if (wait === undefined) dueAtByOperation.delete(key);
  else dueAtByOperation.set(key, receivedAt + wait);
}

/** Milliseconds a GET of `url` must still wait (0 when it is not a tracked operation or is due). */
export function pollDelay(method: string, url: URL, now: number): number {
  if (method.toUpperCase() !== 'GET') return 0;
  const dueAt = dueAtByOperation.get(keyOf(url));
  return dueAt === undefined ? 0 : Math.max(0, dueAt - now);
}

/** Whether `url` is an operation the safety net started (its answers are worth reading). */
export function isTrackedOperation(url: URL): boolean {
  return dueAtByOperation.has(keyOf(url));
}

/** Forgets every tracked operation (for tests). */
export function resetPacing(): void {
  dueAtByOperation.clear();
}
