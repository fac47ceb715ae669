// One HTTP request as the wrapper sends it: credentials only to trusted origins, redirects followed
// hop by hop, 429/503 retried after Retry-After or backoff, network errors retried on GETs only,
// one token refresh after a 401, the overall deadline and the caller's abort signal.
import { backoffDelay, retryAfterDelay } from './retry-after.js';
import { WorkivaSunsetError } from './errors.js';
import type { Credentials, TrustPolicy } from './credentials.js';
import type { Clock } from './types.js';

export interface Session {
  readonly fetch: typeof fetch;
  readonly clock: Clock;
  readonly signal: AbortSignal | undefined;
  /** Clock time after which the export fails with TIMEOUT, or null. */
  readonly deadline: number | null;
  readonly trust: TrustPolicy;
  readonly credentials: Credentials;
  readonly maxAttempts: number;
  readonly maxRedirects: number;
}

export interface OutgoingRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  /** Non-secret headers (Content-Type, Accept, X-Version): sent on every hop. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface ReceivedResponse {
  readonly response: Response;
  /** URL of the hop that answered (after redirects). */
  readonly url: string;
  /** Clock time the response headers arrived. */
  readonly receivedAt: number;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const TRANSIENT_STATUSES = new Set([429, 503]);

export function timeoutError(session: Session, url: string | undefined, what: string): WorkivaSunsetError {
  return new WorkivaSunsetError({ code: 'TIMEOUT', message: `Timed out: ${what} (deadline ${new Date(session.deadline ?? 0).toISOString()})`, url });
}

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
 * Sends `request` and returns the final response (any status but a redirect, or a 429/503 once
 * attempts are exhausted). The caller checks the status.
 */
export async function send(session: Session, request: OutgoingRequest): Promise<ReceivedResponse> {
  const idempotent = request.method === 'GET';
  let refreshed = false;
  for (let attempt = 1; ; attempt++) {
    session.signal?.throwIfAborted();
    let received: ReceivedResponse & { credentialed: boolean };
    try {
      received = await sendFollowingRedirects(session, request);
    } catch (error) {
      if (!(error instanceof WorkivaSunsetError) || error.code !== 'NETWORK') throw error;
      // Never re-send a POST after a network error: the export may have started on the server.
      if (!idempotent || attempt >= session.maxAttempts) throw error;
      await waitUntil(session, session.clock.now() + backoffDelay(attempt), request.url, `retry of ${request.method} ${request.url}`);
      continue;
    }
    const { response } = received;
    if (response.status === 401 && received.credentialed && session.credentials.canRefresh && !refreshed) {
      // The token expired mid-export: ask for a fresh one, once.
      refreshed = true;
      await discard(response);
      await session.credentials.refresh();
      attempt--;
      continue;
    }
    if (TRANSIENT_STATUSES.has(response.status) && attempt < session.maxAttempts) {
      const announced = response.headers.get('retry-after');
      const delay = announced === null ? backoffDelay(attempt) : retryAfterDelay(announced, received.receivedAt);
      await discard(response);
      await waitUntil(session, received.receivedAt + delay, request.url, `retry after HTTP ${response.status} from ${request.method} ${request.url}`);
      continue;
    }
    return received;
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
    const headers: Record<string, string> = { ...request.headers };
    if (credentialed) {
      Object.assign(headers, session.credentials.extraHeaders);
      const authorization = await session.credentials.authorization();
      if (authorization !== undefined) headers['Authorization'] = authorization;
    }
    if (body === undefined) delete headers['Content-Type'];
    const response = await fetchOnce(session, url, { method, headers, body, redirect: 'manual' });
    const location = response.headers.get('location');
    if (!REDIRECT_STATUSES.has(response.status) || location === null) {
      return { response, url, receivedAt: session.clock.now(), credentialed };
    }
    await discard(response);
    url = new URL(location, url).href;
    if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
      method = 'GET';
      body = undefined;
    }
  }
  throw new WorkivaSunsetError({ code: 'TOO_MANY_REDIRECTS', message: `More than ${session.maxRedirects} redirects from ${request.method} ${request.url}`, url: request.url });
}

async function fetchOnce(session: Session, url: string, init: RequestInit): Promise<Response> {
  session.signal?.throwIfAborted();
  const deadline = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (session.deadline !== null) {
    const remaining = session.deadline - session.clock.now();
    if (remaining <= 0) throw timeoutError(session, url, `no time left for ${init.method} ${url}`);
    timer = setTimeout(() => deadline.abort(), remaining);
  }
  const signal = session.signal ? AbortSignal.any([session.signal, deadline.signal]) : deadline.signal;
  try {
    return await session.fetch(url, { ...init, signal });
  } catch (cause) {
    if (session.signal?.aborted) throw session.signal.reason;
    if (deadline.signal.aborted) throw timeoutError(session, url, `${init.method} ${url} did not answer before the deadline`);
    throw new WorkivaSunsetError({ code: 'NETWORK', message: `Network error on ${init.method} ${url}: ${describe(cause)}`, url, cause });
  } finally {
    // The deadline covers the response headers; the caller's signal still governs a download's body.
    if (timer !== undefined) clearTimeout(timer);
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

/** Releases a response body we do not need, so the connection can be reused. */
export async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/** Reads a JSON body; a body that is not JSON is an INVALID_RESPONSE error. */
export async function readJson(received: ReceivedResponse, method: string): Promise<unknown> {
  const text = await received.response.text();
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
