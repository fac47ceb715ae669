// The export as resumable steps: start (POST → 202 → Location), poll (honouring Retry-After), wait
// for a terminal status, download. Each step takes and returns a plain-JSON ExportState, so an
// export started in one process can be finished in another.
import { errorFromResponse, WorkivaSunsetError } from './errors.js';
import { exportTarget, resolveRoute } from './routing.js';
import { retryAfterDelay } from './retry-after.js';
import { createSession, type SessionWithRoot } from './session.js';
import { discard, readJson, send, waitUntil, type ReceivedResponse } from './transport.js';
import type { ExportOptions, ExportResult, ExportState, LegacySampleAttachmentIds, Operation } from './types.js';

/** Consecutive polls with a status this release does not know before giving up with UNKNOWN_STATUS. */
export const MAX_UNKNOWN_STATUS_POLLS = 3;

const TERMINAL_STATUSES: ReadonlySet<string> = new Set(['completed', 'failed', 'cancelled']);
const KNOWN_STATUSES: ReadonlySet<string> = new Set([...TERMINAL_STATUSES, 'acknowledged', 'queued', 'started']);

type OnProgress = ExportOptions['onProgress'];

export function isTerminalStatus(status: string): boolean {
  return TERMINAL_STATUSES.has(status);
}

function isOperation(value: unknown): value is Operation {
  return value !== null && typeof value === 'object' && typeof (value as { status?: unknown }).status === 'string';
}

function parseOptionalOperation(text: string): Operation | null {
  try {
    const value: unknown = JSON.parse(text);
    return isOperation(value) ? value : null;
  } catch {
    // The 202's body is informative only; Location and Retry-After carry the protocol.
    return null;
  }
}

export async function startWith(session: SessionWithRoot, ids: LegacySampleAttachmentIds, onProgress: OnProgress): Promise<ExportState> {
  session.signal?.throwIfAborted();
  const startedAt = session.clock.now();
  const route = resolveRoute(startedAt);
  const target = await exportTarget(route, ids, session.root);
  const received = await send(session, {
    method: 'POST',
    url: target.url,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...target.headers },
    body: JSON.stringify({ format: 'pdf' }),
  });
  const { response } = received;
  if (response.status !== 202) {
    if (!response.ok) throw await errorFromResponse('POST', target.url, response);
    await discard(response);
    throw invalidResponse(received, `POST ${target.url} returned HTTP ${response.status}, expected 202 Accepted`);
  }
  const location = response.headers.get('location');
  if (!location) {
    await discard(response);
    throw invalidResponse(received, `POST ${target.url} returned 202 without a Location header`);
  }
  const operationUrl = new URL(location, received.url).href;
  if (!session.trust.isTrusted(operationUrl)) {
    await discard(response);
    throw untrustedLocation(operationUrl, session.trust.apiOrigin);
  }
  const operation = parseOptionalOperation(await response.text().catch(() => ''));
  if (operation) onProgress?.(operation);
  const delay = retryAfterDelay(response.headers.get('retry-after'), received.receivedAt);
  return {
    version: 1,
    route,
    exportUrl: target.url,
    operationUrl,
    status: operation?.status ?? 'acknowledged',
    nextPollAt: received.receivedAt + delay,
    polls: 0,
    unknownStatusPolls: 0,
    startedAt,
    deadline: session.deadline,
    announcedWaitMs: delay,
    resourceUrl: null,
    operation,
  };
}

export async function pollWith(session: SessionWithRoot, state: ExportState, onProgress: OnProgress): Promise<ExportState> {
  if (state.status === 'completed' && state.resourceUrl !== null) return state;
  const url = state.operationUrl;
  // A stored state is input like any other: re-check where it would send the token.
  if (!session.trust.isTrusted(url)) throw untrustedLocation(url, session.trust.apiOrigin);
  await waitUntil(session, state.nextPollAt, url, `the next poll of ${url}`);
  const received = await send(session, { method: 'GET', url, headers: { Accept: 'application/json' } });
  if (!received.response.ok) throw await errorFromResponse('GET', url, received.response);
  const body = await readJson(received, 'GET');
  if (!isOperation(body)) throw invalidResponse(received, `GET ${url} returned JSON that is not an Operation (no string status)`);
  onProgress?.(body);
  const polled = { ...state, status: body.status, polls: state.polls + 1, operation: body };
  switch (body.status) {
    case 'completed':
      return { ...polled, unknownStatusPolls: 0, resourceUrl: completedResourceUrl(body, received) };
    case 'failed':
    case 'cancelled':
      throw operationError(body, url);
  }
  const unknownStatusPolls = KNOWN_STATUSES.has(body.status) ? 0 : state.unknownStatusPolls + 1;
  if (unknownStatusPolls >= MAX_UNKNOWN_STATUS_POLLS) {
    throw new WorkivaSunsetError({
      code: 'UNKNOWN_STATUS',
      message: `Operation ${body.id} reported the unknown status ${JSON.stringify(body.status)} on ${unknownStatusPolls} polls in a row`,
      status: received.response.status,
      originalRequest: body.originalRequest,
      details: body.details ?? undefined,
      url,
    });
  }
  const delay = retryAfterDelay(received.response.headers.get('retry-after'), received.receivedAt);
  return { ...polled, unknownStatusPolls, nextPollAt: received.receivedAt + delay, announcedWaitMs: state.announcedWaitMs + delay };
}

export async function waitWith(session: SessionWithRoot, state: ExportState, onProgress: OnProgress): Promise<ExportState> {
  let current = state;
  while (!(current.status === 'completed' && current.resourceUrl !== null)) current = await pollWith(session, current, onProgress);
  return current;
}

export async function downloadWith(session: SessionWithRoot, state: ExportState): Promise<ExportResult> {
  if (state.status !== 'completed' || state.resourceUrl === null || state.operation === null) {
    throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: `Cannot download: the export's operation is ${state.status}, not completed`, url: state.operationUrl });
  }
  // No extra headers: on another origin nothing but the URL may leave (send() also drops credentials there).
  const received = await send(session, { method: 'GET', url: state.resourceUrl });
  if (!received.response.ok) throw await errorFromResponse('GET', state.resourceUrl, received.response);
  return { operation: state.operation, resourceUrl: state.resourceUrl, response: received.response, route: state.route };
}

function completedResourceUrl(operation: Operation, received: ReceivedResponse): string {
  const value = operation.resourceUrl ?? operation.resourceURL;
  if (typeof value !== 'string' || value === '') {
    throw invalidResponse(received, `Operation ${operation.id} completed without a resourceUrl`);
  }
  return new URL(value, received.url).href;
}

function operationError(operation: Operation, url: string): WorkivaSunsetError {
  const failed = operation.status === 'failed';
  const reasons = (operation.details ?? []).map((detail) => [detail.code, detail.message].filter(Boolean).join(': ')).filter(Boolean);
  let message = `Workiva export operation ${operation.id} ${failed ? 'failed' : 'was cancelled'}`;
  if (reasons.length > 0) message += `: ${reasons.join('; ')}`;
  if (operation.originalRequest) message += ` (originalRequest ${operation.originalRequest})`;
  return new WorkivaSunsetError({
    code: failed ? 'OPERATION_FAILED' : 'OPERATION_CANCELLED',
    message,
    details: operation.details ?? undefined,
    originalRequest: operation.originalRequest,
    url,
  });
}

function invalidResponse(received: ReceivedResponse, message: string): WorkivaSunsetError {
  return new WorkivaSunsetError({ code: 'INVALID_RESPONSE', message, status: received.response.status, url: received.url });
}

function untrustedLocation(url: string, apiOrigin: string): WorkivaSunsetError {
  return new WorkivaSunsetError({
    code: 'UNTRUSTED_LOCATION',
    message: `Refusing to poll ${url}: it is not on the API origin ${apiOrigin} nor in trustedOrigins, and polling sends the bearer token`,
    url,
  });
}

// ---- Public step-by-step API ----

/** Starts an export (the POST) and returns its state; nothing is polled yet. */
export function startSampleAttachmentExport(ids: LegacySampleAttachmentIds, options: ExportOptions = {}): Promise<ExportState> {
  return startWith(createSession(options), ids, options.onProgress);
}

/**
 * Polls once, first waiting until `state.nextPollAt` (never early). Resolves to the new state;
 * throws WorkivaSunsetError when the operation failed or was cancelled. A token function in
 * `options` is called once per call.
 */
export function pollExport(state: ExportState, options: ExportOptions = {}): Promise<ExportState> {
  return pollWith(createSession(options, state.deadline), state, options.onProgress);
}

/** Polls until the operation completes; resolves to the completed state. */
export function waitForExport(state: ExportState, options: ExportOptions = {}): Promise<ExportState> {
  return waitWith(createSession(options, state.deadline), state, options.onProgress);
}

/** Downloads the file of a completed export; the response body is left unread. */
export function downloadExport(state: ExportState, options: ExportOptions = {}): Promise<ExportResult> {
  return downloadWith(createSession(options, state.deadline), state);
}

/** Reads an ExportState back from JSON (e.g. stored by another process), checking its shape. */
export function parseExportState(json: string | unknown): ExportState {
  const value: unknown = typeof json === 'string' ? JSON.parse(json) : json;
  const state = value as Partial<ExportState> | null;
  const valid =
    state !== null &&
    typeof state === 'object' &&
    state.version === 1 &&
    (state.route === 'legacy' || state.route === 'successor') &&
    typeof state.operationUrl === 'string' &&
    typeof state.exportUrl === 'string' &&
    typeof state.status === 'string' &&
    typeof state.nextPollAt === 'number' &&
    typeof state.polls === 'number' &&
    typeof state.unknownStatusPolls === 'number' &&
    typeof state.startedAt === 'number' &&
    (state.deadline === null || typeof state.deadline === 'number') &&
    typeof state.announcedWaitMs === 'number' &&
    (state.resourceUrl === null || typeof state.resourceUrl === 'string');
  if (!valid) throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: 'Not a version-1 ExportState' });
  return { ...state, operation: state.operation ?? null } as ExportState;
}
