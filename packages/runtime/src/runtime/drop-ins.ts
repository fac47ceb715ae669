// Drop-in replacements the codemod puts where a legacy export call was. Each drives the operation to
// completion itself, then resolves to what that HTTP client returned for the 202 — but describing the
// already-completed operation, with `Retry-After: 0` — so the hand-written polling that followed the
// original call sees `completed` on its first GET of Location and downloads the PDF from resourceUrl.
import { startWith, waitWith } from './poller.js';
import { createSession } from './session.js';
import type { ExportOptions, InterpolatedSampleAttachmentIds, LegacySampleAttachmentIds, Operation } from './types.js';

/** Response headers of every drop-in, lower-case as Node clients report them. */
export type DropInHeaders = {
  readonly location: string;
  readonly 'retry-after': '0';
  readonly 'content-type': 'application/json';
};

/** What axios code reads from a response; assignable to axios's `AxiosResponse<Operation>`. */
export type DropInAxiosResponse = {
  data: Operation;
  status: number;
  statusText: string;
  /** Also has a non-enumerable `get(name)`, case-insensitive, like AxiosHeaders. */
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

async function complete(ids: InterpolatedSampleAttachmentIds, options: ExportOptions): Promise<Completed> {
  const session = createSession(options);
  const started = await startWith(session, interpolatedIds(ids), options.onProgress);
  const completed = await waitWith(session, started, options.onProgress);
  const operation = completed.operation!;
  return {
    operation,
    operationUrl: completed.operationUrl,
    headers: { location: completed.operationUrl, 'retry-after': '0', 'content-type': 'application/json' },
    text: JSON.stringify(operation),
  };
}

function withGetter<T extends DropInHeaders>(headers: T): T {
  const copy = { ...headers };
  Object.defineProperty(copy, 'get', {
    enumerable: false,
    value: (name: string): string | undefined => (copy as Record<string, string>)[name.toLowerCase()],
  });
  return copy;
}

/** For `fetch`, node-fetch, undici and ky call sites: a real `Response` (202) describing the completed operation. */
export async function exportSampleAttachmentAsFetchResponse(ids: InterpolatedSampleAttachmentIds, options: ExportOptions = {}): Promise<Response> {
  const done = await complete(ids, options);
  return new Response(done.text, {
    status: 202,
    statusText: 'Accepted',
    headers: { Location: done.operationUrl, 'Retry-After': '0', 'Content-Type': 'application/json' },
  });
}

/** For axios call sites: `{ data, status: 202, statusText, headers, config, request }`. */
export async function exportSampleAttachmentAsAxiosResponse(ids: InterpolatedSampleAttachmentIds, options: ExportOptions = {}): Promise<DropInAxiosResponse> {
  const done = await complete(ids, options);
  return { data: done.operation, status: 202, statusText: 'Accepted', headers: withGetter(done.headers), config: {}, request: undefined };
}

/** For got call sites: `{ statusCode: 202, headers, body: <JSON text>, url, ok: true, … }`. */
export async function exportSampleAttachmentAsGotResponse(ids: InterpolatedSampleAttachmentIds, options: ExportOptions = {}): Promise<DropInGotResponse> {
  const done = await complete(ids, options);
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
  const done = await complete(ids, options);
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
  };
}
