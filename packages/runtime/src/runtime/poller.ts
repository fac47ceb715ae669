// The export as resumable steps: start (POST → 202 → Location), poll (honouring Retry-After), wait
// for a terminal status, download. Each step takes and returns a plain-JSON ExportState, so an
// export started in one process can be finished in another.
import { withinDeadline } from './deadline.js';
import { errorFromAnswer, WorkivaSunsetError } from './errors.js';
import { exportTarget, resolveRoute } from './routing.js';
import { retryAfterDelay } from './retry-after.js';
import { createSession, type SessionWithRoot } from './session.js';
import { discard, readErrorText, readJson, readText, send, waitUntil, type ReceivedResponse, type Session } from './transport.js';
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
  const target = await withinDeadline(session, exportTarget(route, ids, session), 'resolveSuccessorIds');
  const received = await send(session, {
    method: 'POST',
    url: target.url,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...target.headers },
    body: JSON.stringify({ format: 'pdf' }),
    endpoint: 'export',
  });
  const { response } = received;
  if (response.status !== 202) {
    if (!response.ok) throw await httpError(session, received, 'POST', target.url);
    await discard(received);
    throw invalidResponse(received, `POST ${target.url} returned HTTP ${response.status}, expected 202 Accepted`);
  }
  const location = response.headers.get('location');
  if (!location) {
    await discard(received);
    throw invalidResponse(received, `POST ${target.url} returned 202 without a Location header`);
  }
  const operationUrl = resolveAnnouncedUrl(received, location, `POST ${target.url} returned a Location`);
  if (!session.trust.isTrusted(operationUrl)) {
    await discard(received);
    throw untrustedLocation(operationUrl, session.trust.apiOrigin);
  }
  const operation = parseOptionalOperation(await readOptionalText(session, received, 'POST'));
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
  checkStoredUrl(url, 'operationUrl');
  if (!session.trust.isTrusted(url)) throw untrustedLocation(url, session.trust.apiOrigin);
  await waitUntil(session, state.nextPollAt, url, `the next poll of ${url}`);
  const received = await send(session, { method: 'GET', url, headers: { Accept: 'application/json' }, endpoint: 'operations' });
  if (!received.response.ok) throw await httpError(session, received, 'GET', url);
  const body = await readJson(session, received, 'GET');
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
  if (state.status !== 'completed') {
    throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: `Cannot download: the export's operation is ${state.status}, not completed`, url: state.operationUrl });
  }
  if (state.resourceUrl === null || state.operation === null) {
    throw new WorkivaSunsetError({
      code: 'INVALID_CONFIGURATION',
      message: `Cannot download: the state says completed but has no ${state.resourceUrl === null ? 'resourceUrl' : 'operation'}; poll it again with pollExport`,
      url: state.operationUrl,
    });
  }
  checkStoredUrl(state.resourceUrl, 'resourceUrl');
  // No extra headers: on another origin nothing but the URL may leave (send() also drops credentials there).
  const received = await send(session, { method: 'GET', url: state.resourceUrl, endpoint: 'download' });
  if (!received.response.ok) throw await httpError(session, received, 'GET', state.resourceUrl);
  await checkDownloadType(session, received);
  // The body is the caller's to stream: the deadline stops here, the caller's signal still applies.
  received.release();
  return { operation: state.operation, resourceUrl: state.resourceUrl, response: received.response, route: state.route };
}

// What a download may be: the PDF, or bytes a file store does not label. Anything else (an HTML sign-in
// page, a JSON error with status 200) is not the export.
const DOWNLOAD_TYPES: ReadonlySet<string> = new Set(['application/pdf', 'application/x-pdf', 'application/octet-stream', 'binary/octet-stream']);

async function checkDownloadType(session: Session, received: ReceivedResponse): Promise<void> {
  const contentType = received.response.headers.get('content-type');
  const mediaType = contentType?.split(';')[0]!.trim().toLowerCase();
  if (mediaType === undefined || mediaType === '' || DOWNLOAD_TYPES.has(mediaType)) return;
  const text = await readErrorText(session, received, 'GET');
  throw invalidResponse(
    received,
    `GET ${received.url} returned HTTP ${received.response.status} with Content-Type ${mediaType}, not a PDF: ${JSON.stringify(text.slice(0, 80))}`,
  );
}

/** The error for an HTTP error answer, its body read within the deadline. */
async function httpError(session: Session, received: ReceivedResponse, method: string, url: string): Promise<WorkivaSunsetError> {
  return errorFromAnswer(method, url, received.response, await readErrorText(session, received, method));
}

/** The 202's body is informative only: a broken one reads as nothing, but the deadline and abort still apply. */
async function readOptionalText(session: Session, received: ReceivedResponse, method: string): Promise<string> {
  try {
    return await readText(session, received, method);
  } catch (error) {
    if (error instanceof WorkivaSunsetError && error.code === 'NETWORK') return '';
    throw error;
  }
}

/** A URL the server announced (Location, resourceUrl), resolved against the answering hop's URL. */
function resolveAnnouncedUrl(received: ReceivedResponse, value: string, what: string): string {
  try {
    return new URL(value, received.url).href;
  } catch (cause) {
    throw new WorkivaSunsetError({ code: 'INVALID_RESPONSE', message: `${what} that is not a URL: ${JSON.stringify(value)}`, status: received.response.status, url: received.url, cause });
  }
}

function checkStoredUrl(value: string, field: string): void {
  if (!URL.canParse(value)) {
    throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: `The export state's ${field} is not an absolute URL: ${JSON.stringify(value)}` });
  }
}

function completedResourceUrl(operation: Operation, received: ReceivedResponse): string {
  const value = operation.resourceUrl ?? operation.resourceURL;
  if (typeof value !== 'string' || value === '') {
    throw invalidResponse(received, `Operation ${operation.id} completed without a resourceUrl`);
  }
  return resolveAnnouncedUrl(received, value, `Operation ${operation.id} completed with a resourceUrl`);
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
  let value: unknown;
  try {
    value = typeof json === 'string' ? JSON.parse(json) : json;
  } catch (cause) {
    throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: 'Not a version-1 ExportState: the text is not JSON', cause });
  }
  const state = value as Partial<ExportState> | null;
  const valid =
    state !== null &&
    typeof state === 'object' &&
    state.version === 1 &&
    (state.route === 'legacy' || state.route === 'successor') &&
    typeof state.operationUrl === 'string' &&
    URL.canParse(state.operationUrl) &&
    typeof state.exportUrl === 'string' &&
    typeof state.status === 'string' &&
    typeof state.nextPollAt === 'number' &&
    typeof state.polls === 'number' &&
    typeof state.unknownStatusPolls === 'number' &&
    typeof state.startedAt === 'number' &&
    (state.deadline === null || typeof state.deadline === 'number') &&
    typeof state.announcedWaitMs === 'number' &&
    (state.resourceUrl === null || (typeof state.resourceUrl === 'string' && URL.canParse(state.resourceUrl)));
  if (!valid) throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: 'Not a version-1 ExportState' });
  return { ...state, operation: state.operation ?? null } as ExportState;
}
