// Public types of the protocol simulator: its options, switchable behaviour, faults and request log.
import type { Clock } from 'workiva-sunset';
import type { RateLimitSpec } from './rate-limit.js';

export type { RateLimitSpec } from './rate-limit.js';

/** Which listener a request reached: the API origin, or the second ("foreign") origin. */
export type SimulatorOrigin = 'api' | 'foreign';

export type RecordedRequestKind = 'token' | 'export-legacy' | 'export-successor' | 'poll' | 'download' | 'redirect' | 'test-phases' | 'test-phase' | 'unknown';

/** What a fault replaces: the export POST (either route), an operation poll, the download, the token request, a test phase read (list or one). */
export type FaultTarget = 'export' | 'poll' | 'download' | 'token' | 'test-phases';

/** A matrix of a simulated test phase. */
export interface SimulatedMatrix {
  readonly id: string;
  readonly name?: string;
}

/** A simulated test phase (2026-01-01 `TestPhase`): its id is unrelated to any legacy procedure id. */
export interface SimulatedTestPhase {
  readonly id: string;
  readonly name: string;
  readonly matrices: readonly SimulatedMatrix[];
}

/** A simulated test form; in Workiva's examples its id is the legacy audit id (inferred). */
export interface SimulatedTestForm {
  readonly id: string;
  readonly name?: string;
  readonly phases: readonly SimulatedTestPhase[];
  /** Answer every read of this test form with this status (e.g. a 429 whose Retry-After outlasts the test). */
  readonly unavailable?: { readonly status: number; readonly retryAfterSeconds?: number };
}

export type Fault =
  /** Answer with this status and a `{code, message}` body, and `Retry-After` when given (seconds, or an HTTP-date string). */
  | { readonly kind: 'status'; readonly status: number; readonly retryAfter?: number | string; readonly code?: string; readonly stallBody?: boolean }
  /** Destroy the connection without an answer (the client sees ECONNRESET / "other side closed"). */
  | { readonly kind: 'reset' }
  /** Answer 200 with `Content-Type: application/json` and a body that is not JSON. */
  | { readonly kind: 'invalid-json' }
  /** Answer as usual, but send only the headers and half the body, then never finish (a stalled proxy). */
  | { readonly kind: 'stall-body' }
  /** Answer with an HTML page (`Content-Type: text/html`), e.g. a sign-in page served with 200. Default status 200. */
  | { readonly kind: 'html'; readonly status?: number };

export interface OperationDetailSpec {
  readonly code?: string;
  readonly message?: string;
  readonly target?: string;
}

/** Behaviour switches; all can be changed between tests with `simulator.set()`. */
export interface SimulatorBehaviour {
  /** `Retry-After` announced on the 202 and on every non-terminal poll, in seconds. Default 1. */
  readonly retryAfterSeconds?: number;
  /** Send `Retry-After` as delta-seconds (default) or as an HTTP-date. */
  readonly retryAfterFormat?: 'seconds' | 'http-date';
  /**
   * Send these `Retry-After` header lines verbatim instead (e.g. `['5', '5']` as an origin and a gateway
   * each add it, or a malformed `['3 (seconds)']`); early polls are still judged by `retryAfterSeconds`.
   */
  readonly retryAfterLines?: readonly string[];
  /** Non-terminal polls before the terminal one. Default 2. Ignored when `completeAfterMs` is set. */
  readonly pollsUntilComplete?: number;
  /** Complete once this much clock time has passed since the export, instead of counting polls. */
  readonly completeAfterMs?: number;
  /** How the operation ends; `stuck` never ends. Default `completed`. */
  readonly outcome?: 'completed' | 'failed' | 'cancelled' | 'stuck';
  /** `details` of a failed or cancelled operation. */
  readonly outcomeDetails?: readonly OperationDetailSpec[];
  /** Report this (unknown) status instead of `queued`/`started` while not terminal. */
  readonly unknownStatus?: string;
  /** Legacy export answers 410 Gone. `auto`: from the catalog's sunset date on the clock. Default false. */
  readonly sunset?: boolean | 'auto';
  /** Origin of the 202's Location. Default `api`. */
  readonly locationOrigin?: SimulatorOrigin;
  /** Send Location as an absolute URL (default) or a path. */
  readonly locationForm?: 'absolute' | 'relative';
  /** Path before `/operations/{id}`. Default `/prototype/platform` for legacy exports, `` for successor ones. */
  readonly operationsPrefix?: string;
  /** Origin of the completed operation's resourceUrl. Default `api`. */
  readonly resourceOrigin?: SimulatorOrigin;
  /** Spelling of the resource URL field. Default `resourceUrl`. */
  readonly resourceUrlField?: 'resourceUrl' | 'resourceURL';
  /** Redirect hops (302) in front of the download, each on the given origin. Default none. */
  readonly downloadRedirects?: readonly SimulatorOrigin[];
  /**
   * The test forms the 2026-01-01 API knows (`GET /testForms/{id}/testPhases`). When set, a successor
   * export is accepted only with a known test form and the phase that really lists its matrix (else
   * 404), so a wrong mapping cannot pass a test. Unset: no test forms, and successor exports are not checked.
   */
  readonly testForms?: readonly SimulatedTestForm[];
  /** Phases per page of the test phase listing (the rest behind `@nextLink`). Default 2. */
  readonly testPhasesPageSize?: number;
  /** Origin of the listing's `@nextLink`. Default `api`. */
  readonly nextLinkOrigin?: SimulatorOrigin;
  /** Requests per second each endpoint accepts (optionally per token); beyond it, 429 + Retry-After. Default none. */
  readonly rateLimits?: RateLimitSpec;
  /** Serve each download as a PDF of this many bytes, streamed (for memory benchmarks). Default: the small PDF. */
  readonly downloadBytes?: number;
}

export interface SimulatorOptions extends SimulatorBehaviour {
  /** Clock used for token expiry, completion, Retry-After and the request log. Default: real time. */
  readonly clock?: Clock;
  /** Port of the API listener. Default 0 (any free port). The foreign listener always takes a free port. */
  readonly port?: number;
  /** Static bearer tokens that never expire. Default `['test-token']`. */
  readonly acceptedTokens?: readonly string[];
  /** Client credentials the token endpoint accepts. Default `test-client` / `test-secret`. */
  readonly clientId?: string;
  readonly clientSecret?: string;
  /** `expires_in` of issued tokens, in seconds. Default 599. */
  readonly tokenTtlSeconds?: number;
}

export interface RecordedRequest {
  /** 1-based order of arrival over both listeners. */
  readonly seq: number;
  readonly origin: SimulatorOrigin;
  readonly method: string;
  /** Path and query. */
  readonly path: string;
  readonly kind: RecordedRequestKind;
  /** Request headers, names lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
  /** Whether an Authorization header was sent. */
  readonly authorization: boolean;
  /** The request body as text. */
  readonly body: string;
  /** Clock time on arrival. */
  readonly time: number;
  /** Operation the request concerns (export, poll, download, redirect), if any. */
  readonly operationId: string | undefined;
  /** A poll of a non-terminal operation before the Retry-After of the previous response for it. */
  readonly early: boolean;
  /** Response status; undefined for a reset connection. */
  status: number | undefined;
  /** Wait announced by this response's Retry-After, in ms (HTTP-dates converted), if it sent one. */
  announcedWaitMs: number | undefined;
}

/** An operation as the simulator keeps it. */
export interface SimulatedOperation {
  readonly id: string;
  readonly route: 'legacy' | 'successor';
  /** The path ids of the export that created it. */
  readonly ids: Readonly<Record<string, string>>;
  readonly createdAt: number;
  status: string;
  polls: number;
  /** Clock time before which a poll is early. */
  notBefore: number;
  readonly originalRequest: string;
}

/** A running simulator. Close it with `close()`. */
export interface Simulator {
  /** API origin, e.g. `http://127.0.0.1:40123`: pass it as the wrapper's `baseUrl`. */
  readonly url: string;
  /** A second origin (another port) for foreign Location / resourceUrl / redirect tests. */
  readonly foreignUrl: string;
  /** A static token the API accepts (the first of `acceptedTokens`). */
  readonly token: string;
  readonly clock: Clock;
  /** Every request so far, in order of arrival. */
  readonly requests: readonly RecordedRequest[];
  /** Operations created so far, in order. */
  readonly operations: readonly SimulatedOperation[];
  /** Polls that came before the Retry-After announced for their operation. */
  earlyPolls(): RecordedRequest[];
  /** Requests of one kind, e.g. `requestsOf('poll')`. */
  requestsOf(kind: RecordedRequestKind): RecordedRequest[];
  /** Changes behaviour switches (merged into the current ones). */
  set(behaviour: SimulatorBehaviour): void;
  /** Queues `fault` for the next `times` requests to `target` (FIFO across calls). */
  inject(target: FaultTarget, fault: Fault, times?: number): void;
  /** Restores the start options, clears the request log (restarting `seq` at 1), operations and pending faults. Issued tokens stay valid. */
  reset(): void;
  /** Mints a token as the token endpoint would, valid for `ttlSeconds` of clock time (default `tokenTtlSeconds`). */
  issueToken(ttlSeconds?: number): string;
  /** Makes every issued (non-static) token expire now. */
  expireTokens(): void;
  /** URL of the legacy export for these ids on the API origin. */
  legacyExportUrl(ids: Readonly<Record<'auditId' | 'procedureId' | 'matrixId' | 'sampleId' | 'attachmentId', unknown>>): string;
  close(): Promise<void>;
}
