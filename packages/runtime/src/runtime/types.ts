// Public types of the runtime wrapper. The wrapper is what users ship to production: it depends on
// nothing but Node's own fetch, and never imports the matcher, the rules or the codemods.

/** The five path ids of the legacy export endpoint. */
export interface LegacySampleAttachmentIds {
  readonly auditId: string | number;
  readonly procedureId: string | number;
  readonly matrixId: string | number;
  readonly sampleId: string | number;
  readonly attachmentId: string | number;
}

/**
 * Ids as the codemod passes them: whatever the original code interpolated into its URL template.
 * Each is converted with `String(value)`, exactly as template-literal interpolation did.
 */
export type InterpolatedSampleAttachmentIds = { readonly [K in keyof LegacySampleAttachmentIds]: unknown };

/** The successor's path ids (`POST /testForms/{testFormId}/testPhases/{testPhaseId}/…/export`). */
export interface SuccessorSampleAttachmentIds {
  readonly testFormId: string;
  readonly testPhaseId: string;
  readonly matrixId: string;
  readonly sampleId: string;
  readonly attachmentId: string;
}

export type OperationStatus = 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';

export interface OperationDetail {
  readonly code?: string;
  readonly message?: string;
  readonly target?: string;
}

/** Workiva's long-running Operation resource. */
export interface Operation {
  readonly id: string;
  readonly status: OperationStatus | (string & {});
  readonly resourceUrl?: string | null;
  /** The export pages' prose spelling; accepted as well. */
  readonly resourceURL?: string | null;
  readonly created?: { dateTime?: string; user?: { id?: string } };
  readonly updated?: { dateTime?: string; user?: { id?: string } };
  /** Id of the request that started the operation: give it to Workiva support. */
  readonly originalRequest?: string;
  readonly details?: readonly OperationDetail[] | null;
}

export type Route = 'legacy' | 'successor';

/** A clock the wrapper waits on; tests inject a virtual one shared with the simulator. */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The shape of Bottleneck's `schedule(fn)` (and of p-limit-like wrappers): run `fn` when the limiter allows. */
export interface RateLimiter {
  schedule<T>(fn: () => PromiseLike<T>): PromiseLike<T>;
}

export type TokenSource = string | (() => string | Promise<string>);

export interface ExportOptions {
  /** API root, e.g. `https://api.app.wdesk.com` (US, default), `https://api.eu.wdesk.com`, `https://api.apac.wdesk.com`. A trailing `/prototype/platform` is accepted and removed. */
  readonly baseUrl?: string;
  /** Bearer token, or a function called for one (called again once after a 401). */
  readonly token?: TokenSource;
  /** Extra request headers for API-origin requests (an `Authorization` here is used as the credential when `token` is absent). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly fetch?: typeof fetch;
  readonly signal?: AbortSignal;
  /** Overall deadline for export + polling + download, in milliseconds. */
  readonly timeoutMs?: number;
  /** Called with each operation status seen. */
  readonly onProgress?: (operation: Operation) => void;
  /** Extra origins that may receive the bearer token. */
  readonly trustedOrigins?: readonly string[];
  readonly clock?: Clock;
  /**
   * Attempts per request for failures that may pass: a 503 without Retry-After, and network errors on
   * GETs. A 429 (or a 503 with Retry-After) is a wait, not a failure: retried until `timeoutMs`. Default 4.
   */
  readonly maxAttempts?: number;
  /**
   * A limiter every request of the export goes through, e.g. a Bottleneck shared by several processes
   * (through Redis). Only `schedule(fn)` is used. The wrapper's own pacing applies as well.
   */
  readonly rateLimiter?: RateLimiter;
  /** Redirect hops followed per request (credentials are dropped on a hop that leaves the trusted origins). Default 5. */
  readonly maxRedirects?: number;
}

export interface ExportResult {
  /** The final, completed Operation. */
  readonly operation: Operation;
  readonly resourceUrl: string;
  /** The download's response; its body is not read yet, so a large PDF can be streamed. */
  readonly response: Response;
  readonly route: Route;
}

/**
 * Where a started export stands: plain JSON, so it can be stored and the export resumed in another
 * process with `pollExport` / `waitForExport` / `downloadExport`.
 */
export interface ExportState {
  /** Format of this object; bumped on breaking changes. */
  readonly version: 1;
  readonly route: Route;
  /** The URL the export was POSTed to. */
  readonly exportUrl: string;
  /** Absolute operation URL, exactly as the 202's `Location` gave it. */
  readonly operationUrl: string;
  /** Last status seen (`acknowledged` until the first poll if the 202 had no body). */
  readonly status: OperationStatus | (string & {});
  /** Clock time (ms since the epoch) before which the operation must not be polled. */
  readonly nextPollAt: number;
  /** Polls made so far. */
  readonly polls: number;
  /** Consecutive polls that returned a status this release does not know. */
  readonly unknownStatusPolls: number;
  /** Clock time the export was started. */
  readonly startedAt: number;
  /** Clock time after which the export fails with `TIMEOUT`, or null for none. */
  readonly deadline: number | null;
  /** Sum of the waits the server announced with `Retry-After` (after clamping), in ms. */
  readonly announcedWaitMs: number;
  /** Absolute download URL once the operation completed, else null. */
  readonly resourceUrl: string | null;
  /** The last Operation seen, if any. */
  readonly operation: Operation | null;
}
