// One HTTP request as the wrapper sends it: credentials only to trusted origins, redirects followed
// hop by hop, paced per origin (pacing.ts), 429s waited out until the deadline, 503s retried, network errors retried on GETs only,
// one token refresh after a 401, the overall deadline (response headers and every body the wrapper
// reads itself) and the caller's abort signal.
import { backoffDelay, parseRetryAfter } from './retry-after.js';
import { sharedPacer, type PacedEndpoint, type Pacer } from './pacing.js';
import { armTimer, timeoutError, withinDeadline } from './deadline.js';
import { WorkivaSunsetError } from './errors.js';
import type { Credentials, TrustPolicy } from './credentials.js';
import type { Clock, RateLimiter } from './types.js';

export { timeoutError } from './deadline.js';

export interface Session {
  readonly fetch: typeof fetch;
  readonly clock: Clock;
  /** This export's own signal, following the caller's (so many exports add no listeners to the caller's). */
  readonly signal: AbortSignal | undefined;
  /** Clock time after which the export fails with TIMEOUT, or null. */
  readonly deadline: number | null;
  readonly trust: TrustPolicy;
  readonly credentials: Credentials;
  readonly maxAttempts: number;
  readonly maxRedirects: number;
  /** Which credentials the requests carry, for the shared pacing (see credential-key.ts). */
  readonly credentialKey: string;
  readonly rateLimiter: RateLimiter | undefined;
}

export interface OutgoingRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  /** Protocol headers (Content-Type, Accept, X-Version): sent on every hop, and they win over the caller's. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** The endpoint, for pacing: each has its own limit on the server. Default `other`. */
  readonly endpoint?: PacedEndpoint;
}

export interface ReceivedResponse {
  readonly response: Response;
  /** URL of the hop that answered (after redirects). */
  readonly url: string;
  /** Clock time the response headers arrived. */
  readonly receivedAt: number;
  /** Whether the deadline cut this response off (headers or body). */
  readonly expired: () => boolean;
  /** Stops the deadline timer of this response: call once its body is read, discarded or handed over. */
  readonly release: () => void;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Waits on the session's clock until `target`; fails with TIMEOUT at once if `target` is past the deadline. */
export async function waitUntil(session: Session, target: number, url: string | undefined, what: string): Promise<void> {
  if (session.deadline !== null && target > session.deadline) throw timeoutError(session, url, `${what} would come after the deadline`);
  // Loop: a real timer may fire a millisecond early, and polling early is what we must never do.
  for (let now = session.clock.now(); now < target; now = session.clock.now()) {
    await session.clock.sleep(target - now, session.signal);
  }
  session.signal?.throwIfAborted();
}

/**
 * Sends `request` and returns the final response (any status but a redirect, or a 503 without
 * Retry-After once attempts are exhausted). The caller checks the status, and reads, discards or
 * releases the body. A 429 (and a 503 with Retry-After) is the server asking to wait: it is retried
 * after that wait until the deadline, and only teaches the shared pacer; `maxAttempts` bounds the rest.
 */
export async function send(session: Session, request: OutgoingRequest): Promise<ReceivedResponse> {
  const idempotent = request.method === 'GET';
  const pacer = sharedPacer(session.clock, request.url, request.endpoint ?? 'other', session.credentialKey);
  let refreshed = false;
  let throttles = 0;
  for (let attempt = 1; ; attempt++) {
    session.signal?.throwIfAborted();
    let received: ReceivedResponse & { credentialed: boolean };
    const sentAt = await paced(session, pacer, request);
    try {
      received = await limited(session, request, () => sendFollowingRedirects(session, request));
    } catch (error) {
      if (!(error instanceof WorkivaSunsetError) || error.code !== 'NETWORK') throw error;
      // Never re-send a POST after a network error: the export may have started on the server.
      if (!idempotent || attempt >= session.maxAttempts) throw error;
      await waitUntil(session, session.clock.now() + backoffDelay(attempt), request.url, `retry of ${request.method} ${request.url}`);
      continue;
    }
    const { response } = received;
    if (response.status === 429) pacer.onThrottled(sentAt, received.receivedAt);
    else pacer.onAccepted(received.receivedAt);
    if (response.status === 401 && received.credentialed && session.credentials.canRefresh && !refreshed) {
      // The token expired mid-export: ask for a fresh one, once.
      refreshed = true;
      await discard(received);
      await withinDeadline(session, session.credentials.refresh(), 'the token function');
      attempt--;
      continue;
    }
    const announced = parseRetryAfter(response.headers.get('retry-after'), received.receivedAt);
    if (response.status === 429 || (response.status === 503 && announced !== undefined)) {
      // Not a failure: wait as asked (or back off if it did not say how long), as often as the deadline allows.
      throttles++;
      attempt--;
      await discard(received);
      const what = `${request.method} ${request.url} is still throttled (HTTP ${response.status} ${throttles} times in a row), and the retry its Retry-After asks for`;
      await waitUntil(session, received.receivedAt + (announced ?? backoffDelay(throttles)), request.url, what);
      continue;
    }
    if (response.status === 503 && attempt < session.maxAttempts) {
      await discard(received);
      await waitUntil(session, received.receivedAt + backoffDelay(attempt), request.url, `retry after HTTP ${response.status} from ${request.method} ${request.url}`);
      continue;
    }
    return received;
  }
}

/** Waits for this request's turn under the shared pace; returns the clock time it may go. */
async function paced(session: Session, pacer: Pacer, request: OutgoingRequest): Promise<number> {
  // Our own signal too: a waiter the deadline gave up on must leave the queue, not take a later turn.
  const gaveUp = new AbortController();
  const signal = session.signal ? AbortSignal.any([session.signal, gaveUp.signal]) : gaveUp.signal;
  try {
    await withinDeadline(session, pacer.acquire(signal), `a turn to send ${request.method} ${request.url} at the pace the server's 429s set`);
  } catch (error) {
    gaveUp.abort();
    throw error;
  }
  return session.clock.now();
}

/** Runs one attempt through the caller's `rateLimiter` (e.g. a Bottleneck shared across processes), if any. */
function limited<T>(session: Session, request: OutgoingRequest, attempt: () => Promise<T>): Promise<T> {
  if (!session.rateLimiter) return attempt();
  return withinDeadline(session, Promise.resolve(session.rateLimiter.schedule(attempt)), `the rateLimiter's turn for ${request.method} ${request.url}`);
}

/** The headers of one hop: the caller's extras (trusted hops only), then ours, merged case-insensitively. */
async function hopHeaders(session: Session, request: OutgoingRequest, credentialed: boolean, hasBody: boolean): Promise<Headers> {
  const headers = new Headers();
  if (credentialed) for (const [name, value] of Object.entries(session.credentials.extraHeaders)) headers.set(name, value);
  // Ours win: the successor needs its X-Version, and the body is JSON whatever the caller's Content-Type said.
  for (const [name, value] of Object.entries(request.headers ?? {})) headers.set(name, value);
  if (credentialed) {
    const authorization = await withinDeadline(session, session.credentials.authorization(), 'the token function');
    if (authorization !== undefined) headers.set('Authorization', authorization);
  }
  if (!hasBody) headers.delete('Content-Type');
  return headers;
}

function redirectTarget(location: string, from: string, method: string): string {
  try {
    return new URL(location, from).href;
  } catch (cause) {
    throw new WorkivaSunsetError({ code: 'INVALID_RESPONSE', message: `${method} ${from} redirected to ${JSON.stringify(location)}, which is not a URL`, url: from, cause });
  }
}

async function sendFollowingRedirects(session: Session, request: OutgoingRequest): Promise<ReceivedResponse & { credentialed: boolean }> {
  let { method, body } = request;
  let url = request.url;
  let leftTrustedOrigins = false;
  for (let hop = 0; hop <= session.maxRedirects; hop++) {
    // Once a hop has left the trusted origins, no later hop gets credentials back.
    const credentialed = !leftTrustedOrigins && session.trust.isTrusted(url);
    if (!credentialed) leftTrustedOrigins = true;
    const headers = await hopHeaders(session, request, credentialed, body !== undefined);
    const received = await fetchOnce(session, url, { method, headers, body, redirect: 'manual' });
    const { response } = received;
    const location = response.headers.get('location');
    if (!REDIRECT_STATUSES.has(response.status) || location === null) return { ...received, credentialed };
    await discard(received);
    url = redirectTarget(location, url, method);
    if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
      method = 'GET';
      body = undefined;
    }
  }
  throw new WorkivaSunsetError({ code: 'TOO_MANY_REDIRECTS', message: `More than ${session.maxRedirects} redirects from ${request.method} ${request.url}`, url: request.url });
}

async function fetchOnce(session: Session, url: string, init: RequestInit & { method: string }): Promise<ReceivedResponse> {
  session.signal?.throwIfAborted();
  const deadline = new AbortController();
  let cancelTimer = (): void => undefined;
  if (session.deadline !== null) {
    const remaining = session.deadline - session.clock.now();
    if (remaining <= 0) throw timeoutError(session, url, `no time left for ${init.method} ${url}`);
    cancelTimer = armTimer(remaining, () => deadline.abort());
  }
  const signal = session.signal ? AbortSignal.any([session.signal, deadline.signal]) : deadline.signal;
  try {
    const response = await session.fetch(url, { ...init, signal });
    // The timer stays armed until the body is read: the deadline covers the bodies the wrapper reads.
    return { response, url, receivedAt: session.clock.now(), expired: () => deadline.signal.aborted, release: cancelTimer };
  } catch (cause) {
    cancelTimer();
    if (session.signal?.aborted) throw session.signal.reason;
    if (deadline.signal.aborted) throw timeoutError(session, url, `${init.method} ${url} did not answer before the deadline`);
    throw new WorkivaSunsetError({ code: 'NETWORK', message: `Network error on ${init.method} ${url}: ${describe(cause)}`, url, cause });
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

/** Releases a response body we do not need, so the connection can be reused. */
export async function discard(received: ReceivedResponse): Promise<void> {
  await received.response.body?.cancel().catch(() => undefined);
  received.release();
}

/**
 * Reads a body as text within the deadline: TIMEOUT when the deadline cuts it off, the caller's
 * reason on abort, NETWORK when the connection breaks.
 */
export async function readText(session: Session, received: ReceivedResponse, method: string): Promise<string> {
  try {
    return await received.response.text();
  } catch (cause) {
    if (session.signal?.aborted) throw session.signal.reason;
    if (received.expired()) throw timeoutError(session, received.url, `the body of ${method} ${received.url} did not arrive before the deadline`);
    throw new WorkivaSunsetError({ code: 'NETWORK', message: `Network error on ${method} ${received.url}: ${describe(cause)}`, url: received.url, cause });
  } finally {
    received.release();
  }
}

/** Reads an error answer's body: what it says, or nothing if it cannot be read (the status still tells). */
export async function readErrorText(session: Session, received: ReceivedResponse, method: string): Promise<string> {
  try {
    return await readText(session, received, method);
  } catch (error) {
    if (session.signal?.aborted) throw error;
    return '';
  }
}

/** Reads a JSON body; a body that is not JSON is an INVALID_RESPONSE error. */
export async function readJson(session: Session, received: ReceivedResponse, method: string): Promise<unknown> {
  const text = await readText(session, received, method);
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new WorkivaSunsetError({
      code: 'INVALID_RESPONSE',
      message: `${method} ${received.url} returned HTTP ${received.response.status} with a body that is not JSON: ${JSON.stringify(text.slice(0, 80))}`,
      status: received.response.status,
      url: received.url,
      cause,
    });
  }
}
