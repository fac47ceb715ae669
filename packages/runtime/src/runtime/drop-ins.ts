// Drop-in replacements the codemod puts where a legacy export call was. Each drives the operation to
// completion itself, then resolves to what that HTTP client returned for the 202 — but describing the
// already-completed operation, with the server's last announced wait as `Retry-After` (the operations
// endpoint allows about one request per second, and the wrapper has just polled) — so the hand-written
// polling that followed the original call sees `completed` on its first GET of Location and downloads
// the PDF from resourceUrl. When the POST itself gets an HTTP error, each fails (or, for fetch, resolves)
// the way that client does.
import { getHttpAnswer, WorkivaSunsetError, type HttpAnswer } from './errors.js';
import { pollWith, startWith } from './poller.js';
import { DEFAULT_RETRY_AFTER_MS } from './retry-after.js';
import { createSession, type SessionWithRoot } from './session.js';
import type { ExportOptions, ExportState, InterpolatedSampleAttachmentIds, LegacySampleAttachmentIds, Operation } from './types.js';

/** Response headers of every drop-in, lower-case as Node clients report them. */
export type DropInHeaders = {
  readonly location: string;
  /** Whole seconds: the wait the server last announced (1 when it announced none). */
  readonly 'retry-after': string;
  readonly 'content-type': 'application/json';
};

/** What axios code reads from a response; assignable to axios's `AxiosResponse<Operation>`. */
export type DropInAxiosResponse = {
  data: Operation;
  status: number;
  statusText: string;
  /** Also has non-enumerable AxiosHeaders methods: `get`, `has`, `set`, `delete`, `toJSON`, `getContentType`. */
  headers: DropInHeaders;
  // axios's InternalAxiosRequestConfig: there was no axios request, and `any` keeps the type assignable.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  config: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  request: any;
};

/** The fields code reads from got's Response. */
export type DropInGotResponse = {
  statusCode: number;
  statusMessage: string;
  headers: DropInHeaders;
  /** The operation as a JSON string (got's default `responseType: 'text'`). */
  body: string;
  rawBody: Buffer;
  url: string;
  requestUrl: URL;
  redirectUrls: URL[];
  ok: boolean;
  retryCount: number;
  isFromCache: boolean;
};

/** The fields code reads from superagent's Response. */
export type DropInSuperagentResponse = {
  status: number;
  statusCode: number;
  statusType: number;
  ok: boolean;
  headers: DropInHeaders;
  header: DropInHeaders;
  body: Operation;
  text: string;
  type: string;
  charset: string;
  /** A header, case-insensitively, like superagent's `res.get(field)`. */
  get(name: string): string | undefined;
};

/** Converts ids exactly as template-literal interpolation did in the original URL. */
export function interpolatedIds(ids: InterpolatedSampleAttachmentIds): LegacySampleAttachmentIds {
  return {
    auditId: String(ids.auditId),
    procedureId: String(ids.procedureId),
    matrixId: String(ids.matrixId),
    sampleId: String(ids.sampleId),
    attachmentId: String(ids.attachmentId),
  };
}

interface Completed {
  readonly operation: Operation;
  readonly operationUrl: string;
  readonly headers: DropInHeaders;
  readonly text: string;
}

/** The error of the POST's own HTTP answer (not of a later poll): the one the original client saw too. */
class ExportAnswerError extends Error {
  constructor(
    readonly error: WorkivaSunsetError,
    readonly answer: HttpAnswer,
  ) {
    super(error.message);
  }
}

async function start(ids: InterpolatedSampleAttachmentIds, options: ExportOptions): Promise<{ session: SessionWithRoot; started: ExportState }> {
  const session = createSession(options);
  try {
    return { session, started: await startWith(session, interpolatedIds(ids), options.onProgress) };
  } catch (error) {
    const answer = error instanceof WorkivaSunsetError ? getHttpAnswer(error) : undefined;
    throw answer ? new ExportAnswerError(error as WorkivaSunsetError, answer) : error;
  }
}

async function complete(ids: InterpolatedSampleAttachmentIds, options: ExportOptions): Promise<Completed> {
  const { session, started } = await start(ids, options);
  // The wait the server asked for last: the caller's own first poll follows at once, so it must wait that long.
  let lastWaitMs = started.announcedWaitMs;
  let state = started;
  while (!(state.status === 'completed' && state.resourceUrl !== null)) {
    const next = await pollWith(session, state, options.onProgress);
    if (next.status !== 'completed') lastWaitMs = next.announcedWaitMs - state.announcedWaitMs;
    state = next;
  }
  const retryAfter = String(Math.ceil((lastWaitMs > 0 ? lastWaitMs : DEFAULT_RETRY_AFTER_MS) / 1_000));
  return {
    operation: state.operation!,
    operationUrl: state.operationUrl,
    headers: { location: state.operationUrl, 'retry-after': retryAfter, 'content-type': 'application/json' },
    text: JSON.stringify(state.operation),
  };
}

/** A header getter, case-insensitive, over a lower-case record. */
function getter(record: Readonly<Record<string, string>>): (name: string) => string | undefined {
  return (name) => record[name.toLowerCase()];
}

/** A copy of `headers` with AxiosHeaders' common methods, non-enumerable so keys and spreads stay plain. */
function withAxiosHeaderMethods<T extends Readonly<Record<string, string>>>(headers: T): T {
  const copy: Record<string, string> = { ...headers };
  const methods = {
    get: getter(copy),
    has: (name: string) => copy[name.toLowerCase()] !== undefined,
    set: (name: string, value: string) => {
      copy[name.toLowerCase()] = value;
      return copy;
    },
    delete: (name: string) => delete copy[name.toLowerCase()],
    toJSON: () => ({ ...copy }),
    getContentType: () => copy['content-type'],
  };
  for (const [name, value] of Object.entries(methods)) Object.defineProperty(copy, name, { enumerable: false, value });
  return copy as T;
}

function headerRecord(headers: Headers): Record<string, string> {
  return Object.fromEntries(headers.entries());
}

function parsedBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Rethrows a failure: the POST's own HTTP error with the fields `shape` gives it (the original client's
 * error had them; it stays a WorkivaSunsetError), anything later as is.
 */
function rethrow(error: unknown, shape: (failure: ExportAnswerError) => Record<string, unknown>): never {
  if (error instanceof ExportAnswerError) throw Object.assign(error.error, shape(error));
  throw error;
}

/** For `fetch`, node-fetch, undici and ky call sites: a real `Response` (202) describing the completed operation. */
export async function exportSampleAttachmentAsFetchResponse(ids: InterpolatedSampleAttachmentIds, options: ExportOptions = {}): Promise<Response> {
  let done: Completed;
  try {
    done = await complete(ids, options);
  } catch (error) {
    // fetch resolves with an HTTP error status; the original code checked `res.ok` / `res.status` itself.
    if (error instanceof ExportAnswerError) return new Response(error.answer.text, { status: error.answer.status, statusText: error.answer.statusText, headers: error.answer.headers });
    throw error;
  }
  return new Response(done.text, {
    status: 202,
    statusText: 'Accepted',
    headers: { Location: done.operationUrl, 'Retry-After': done.headers['retry-after'], 'Content-Type': 'application/json' },
  });
}

/** For axios call sites: `{ data, status: 202, statusText, headers, config, request }`. */
export async function exportSampleAttachmentAsAxiosResponse(ids: InterpolatedSampleAttachmentIds, options: ExportOptions = {}): Promise<DropInAxiosResponse> {
  const done = await complete(ids, options).catch((error: unknown) =>
    // axios rejects with an AxiosError: `isAxiosError(err)`, `err.response.status`, `err.response.data`.
    rethrow(error, ({ answer }) => ({
      isAxiosError: true,
      config: {},
      request: undefined,
      response: { data: parsedBody(answer.text), status: answer.status, statusText: answer.statusText, headers: withAxiosHeaderMethods(headerRecord(answer.headers)), config: {}, request: undefined },
    })),
  );
  return { data: done.operation, status: 202, statusText: 'Accepted', headers: withAxiosHeaderMethods(done.headers), config: {}, request: undefined };
}

/** For got call sites: `{ statusCode: 202, headers, body: <JSON text>, url, ok: true, … }`. */
export async function exportSampleAttachmentAsGotResponse(ids: InterpolatedSampleAttachmentIds, options: ExportOptions = {}): Promise<DropInGotResponse> {
  const done = await complete(ids, options).catch((error: unknown) =>
    // got rejects with an HTTPError: `err.response.statusCode`, `err.response.body` (text).
    rethrow(error, ({ answer, error: failure }) => ({
      response: { statusCode: answer.status, statusMessage: answer.statusText, headers: headerRecord(answer.headers), body: answer.text, url: failure.url, ok: false },
    })),
  );
  return {
    statusCode: 202,
    statusMessage: 'Accepted',
    headers: { ...done.headers },
    body: done.text,
    rawBody: Buffer.from(done.text),
    url: done.operationUrl,
    requestUrl: new URL(done.operationUrl),
    redirectUrls: [],
    ok: true,
    retryCount: 0,
    isFromCache: false,
  };
}

/** For superagent call sites: `{ status: 202, ok: true, headers, header, body, text, type }`. */
export async function exportSampleAttachmentAsSuperagentResponse(
  ids: InterpolatedSampleAttachmentIds,
  options: ExportOptions = {},
): Promise<DropInSuperagentResponse> {
  const done = await complete(ids, options).catch((error: unknown) =>
    // superagent rejects with `err.status` and `err.response` (status, body, text, headers, get()).
    rethrow(error, ({ answer }) => {
      const headers = headerRecord(answer.headers);
      return { response: { status: answer.status, statusCode: answer.status, ok: false, headers, header: headers, body: parsedBody(answer.text), text: answer.text, get: getter(headers) } };
    }),
  );
  return {
    status: 202,
    statusCode: 202,
    statusType: 2,
    ok: true,
    headers: { ...done.headers },
    header: { ...done.headers },
    body: done.operation,
    text: done.text,
    type: 'application/json',
    charset: 'utf-8',
    get: getter(done.headers),
  };
}
