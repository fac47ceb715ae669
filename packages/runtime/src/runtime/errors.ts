// The one error class of the runtime wrapper: every failure (HTTP error, failed or cancelled
// operation, timeout, refused URL, configuration) carries a code and the facts a user needs to act.
import { redactUrl, redactUrlsIn } from './redact.js';
import type { OperationDetail } from './types.js';

/** Codes the wrapper sets itself; an HTTP error carries the server's `code` instead, when it sent one. */
export type WorkivaSunsetErrorCode =
  | 'OPERATION_FAILED'
  | 'OPERATION_CANCELLED'
  | 'TIMEOUT'
  | 'UNTRUSTED_LOCATION'
  | 'SUNSET_ROUTE_REQUIRED'
  | 'SUCCESSOR_TEST_FORM_NOT_FOUND'
  | 'SUCCESSOR_PHASE_NOT_FOUND'
  | 'SUCCESSOR_PHASE_AMBIGUOUS'
  | 'INVALID_CONFIGURATION'
  | 'INVALID_RESPONSE'
  | 'UNKNOWN_STATUS'
  | 'NETWORK'
  | 'TOO_MANY_REDIRECTS'
  | 'HTTP_ERROR'
  | 'CALLBACK_FAILED';

export interface WorkivaSunsetErrorInit {
  readonly code: WorkivaSunsetErrorCode | (string & {});
  readonly message: string;
  readonly status?: number | undefined;
  readonly details?: readonly OperationDetail[] | undefined;
  readonly originalRequest?: string | undefined;
  readonly requestId?: string | undefined;
  readonly url?: string | undefined;
  readonly cause?: unknown;
}

export class WorkivaSunsetError extends Error {
  override readonly name = 'WorkivaSunsetError';
  /** HTTP status of the failing response, if the failure was an HTTP response. */
  readonly status: number | undefined;
  /** The server's error `code` (e.g. `404NotFound`), or one of the wrapper's own codes. */
  readonly code: WorkivaSunsetErrorCode | (string & {});
  /** Operation `details`, or the error body's `details`. */
  readonly details: readonly OperationDetail[] | undefined;
  /** The operation's `originalRequest` id: give it to Workiva support. */
  readonly originalRequest: string | undefined;
  /** Request id from the response headers (`X-Request-Id` and the like), if any. */
  readonly requestId: string | undefined;
  /** URL of the request that failed (userinfo and query values redacted). */
  readonly url: string | undefined;

  constructor(init: WorkivaSunsetErrorInit) {
    // Messages end up in logs: no URL in them may carry a signature or credentials.
    super(redactUrlsIn(init.message), init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.details = init.details;
    this.originalRequest = init.originalRequest;
    this.requestId = init.requestId;
    this.url = init.url === undefined ? undefined : redactUrl(init.url);
  }
}

const REQUEST_ID_HEADERS = ['x-request-id', 'x-workiva-request-id', 'x-correlation-id', 'x-amzn-requestid'];

export function getRequestId(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

interface ErrorBody {
  code?: unknown;
  message?: unknown;
  details?: unknown;
}

function parseErrorBody(text: string): ErrorBody | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as ErrorBody) : undefined;
  } catch {
    // A proxy's HTML error page: the raw text goes into the message instead.
    return undefined;
  }
}

/** Builds the error for a non-success HTTP response, reading (and so releasing) its body. */
export async function errorFromResponse(method: string, url: string, response: Response): Promise<WorkivaSunsetError> {
  return errorFromAnswer(method, url, response, await response.text().catch(() => ''));
}

/** The HTTP answer behind an error, for the drop-ins that rebuild the client's own error or response. */
export interface HttpAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly text: string;
}

const answers = new WeakMap<WorkivaSunsetError, HttpAnswer>();

export function getHttpAnswer(error: WorkivaSunsetError): HttpAnswer | undefined {
  return answers.get(error);
}

/** Builds the error for a non-success HTTP response whose body was read as `text`. */
export function errorFromAnswer(method: string, url: string, response: Response, text: string): WorkivaSunsetError {
  const body = parseErrorBody(text);
  const serverCode = typeof body?.code === 'string' ? body.code : undefined;
  const serverMessage = typeof body?.message === 'string' ? body.message : text.slice(0, 200).trim();
  const requestId = getRequestId(response.headers);
  const parts = [`Workiva API ${method} ${url} failed with HTTP ${response.status}`];
  if (serverCode) parts.push(`(${serverCode})`);
  let message = parts.join(' ');
  if (serverMessage) message += `: ${serverMessage}`;
  if (requestId) message += ` [request id ${requestId}]`;
  const error = new WorkivaSunsetError({
    code: serverCode ?? 'HTTP_ERROR',
    message,
    status: response.status,
    details: Array.isArray(body?.details) ? (body.details as OperationDetail[]) : undefined,
    requestId,
    url,
  });
  answers.set(error, { status: response.status, statusText: response.statusText, headers: response.headers, text });
  return error;
}
