// Shows what the safety net caught: one warning per call site the first time it is routed (so teams
// find, in production logs, the calls the lint rule and the codemod missed) and counters to read.

/** What happened to one intercepted call. */
export interface RouteEvent {
  /** `routed` to the successor, `passed` on the legacy route, `refused` before sending (the error says why). */
  readonly action: 'routed' | 'passed' | 'refused';
  readonly method: string;
  /** The URL the caller asked for. */
  readonly url: string;
  /** The URL it was sent to (routed only). */
  readonly routedTo?: string;
  /** `fetch`, `undici` or `node:http`. */
  readonly via: SafetyNetStack;
  /** The caller's first stack frame outside node_modules and Node itself, or `unknown call site`. */
  readonly callSite: string;
  /** Sent inside withExportRouting: a migrated call, so no warning asks to migrate it. */
  readonly explicit: boolean;
  readonly error?: Error;
}

export type SafetyNetStack = 'fetch' | 'undici' | 'node:http';

export interface SafetyNetStats {
  /** Exports sent to the successor instead of the legacy endpoint. */
  routed: number;
  /** Exports that matched and went to the legacy endpoint (the switch is not on). */
  passed: number;
  /** Exports stopped before sending (past the sunset with no switch, no id mapping, …). */
  refused: number;
  /** Polls of an operation the safety net started that came before their Retry-After and were held. */
  heldPolls: number;
}

export const WARNING_CODE = 'WORKIVA_SUNSET_SAFETY_NET';

const stats: SafetyNetStats = { routed: 0, passed: 0, refused: 0, heldPolls: 0 };
const warnedCallSites = new Set<string>();
let onRoute: ((event: RouteEvent) => void) | undefined;

/** A copy of the counters since the process started (or the last reset). */
export function safetyNetStats(): SafetyNetStats {
  return { ...stats };
}

export function setOnRoute(hook: ((event: RouteEvent) => void) | undefined): void {
  onRoute = hook;
}

export function countHeldPoll(): void {
  stats.heldPolls++;
}

const OWN_FRAMES = /[\\/](?:safety-net[\\/](?:src|dist)|node_modules)[\\/]|\(node:|at node:|<anonymous>|\(native\)/;

/** The caller's frame: the first one outside this package, dependencies and Node (async frames count). */
export function callSiteOf(stack: string | undefined): string {
  const frames = (stack ?? '').split('\n').slice(1);
  const frame = frames.find((line) => !OWN_FRAMES.test(line));
  return frame?.trim().replace(/^at /, '') ?? 'unknown call site';
}

/** Counts `event` and reports it: to the onRoute hook if set, else one process warning per routed call site. */
export function report(event: RouteEvent): void {
  stats[event.action]++;
  if (onRoute) {
    onRoute(event);
    return;
  }
  if (event.action !== 'routed' || event.explicit || warnedCallSites.has(event.callSite)) return;
  warnedCallSites.add(event.callSite);
  process.emitWarning(`${event.method} ${event.url} (via ${event.via}, at ${event.callSite}) was routed to ${event.routedTo}: migrate this call site.`, {
    type: 'WorkivaSunsetWarning',
    code: WARNING_CODE,
    detail: 'The call still names the deprecated export; the safety net sent it to the successor. Run `workiva-sunset migrate` or use exportSampleAttachment.',
  });
}

/** Zeroes the counters and forgets the warned call sites (for tests). */
export function resetReport(): void {
  Object.assign(stats, { routed: 0, passed: 0, refused: 0, heldPolls: 0 });
  warnedCallSites.clear();
}
