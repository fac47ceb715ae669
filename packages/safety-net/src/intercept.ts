// What every hook does with a request that concerns the deprecated export, whatever the HTTP stack:
// decide its route (reporting what happened) and, for polls of an operation the safety net started,
// how long to hold them. The hooks only translate their stack's request shape to these calls.
import { decide, type Decision } from './decide.js';
import { matchExport } from './match.js';
import { countHeldPoll, callSiteOf, report, type SafetyNetStack } from './report.js';
import { systemClock } from 'workiva-sunset';
import { isTrackingOperations, pollDelay } from './pacing.js';
import { routesAllExports } from './hooks.js';
import { isInRoutedCall } from './scope.js';

/**
 * The cheap first look every request gets: false means "not ours", and nothing else is done. A POST
 * is ours only when every export is routed (the safety net) or it is sent inside withExportRouting.
 */
export function mayConcernExport(method: string | undefined, path: string | undefined): boolean {
  const upper = method === undefined ? 'GET' : method.length === 3 || method.length === 4 ? method.toUpperCase() : '';
  if (upper === 'POST') return path !== undefined && path.includes('/export') && (routesAllExports() || isInRoutedCall());
  return upper === 'GET' && isTrackingOperations();
}

export interface Intercepted {
  readonly method: string;
  /** Absolute URL of the request as the caller wrote it. */
  readonly url: URL;
  readonly via: SafetyNetStack;
  /** A stack captured when the caller sent it, for the call-site warning. */
  readonly stack: string | undefined;
  /** Sent inside withExportRouting (a migrated call: counted, never warned about). */
  readonly explicit: boolean;
  /** The caller's Authorization header, read when the route is decided (successor discovery needs it). */
  readonly authorization: () => string | undefined;
}

/**
 * The route of an export (`pass` when the request is not an export): resolves once the ids are
 * mapped, rejects with the wrapper's error when it must not be sent.
 */
export async function routeOf(request: Intercepted): Promise<Decision> {
  const match = matchExport(request.method, `${request.url.pathname}${request.url.search}`);
  if (!match) return { kind: 'pass' };
  const base = { method: request.method.toUpperCase(), url: request.url.href, via: request.via, callSite: callSiteOf(request.stack), explicit: request.explicit };
  try {
    const decision = await decide(match, request.url.origin, request.authorization);
    if (decision.kind === 'pass') report({ ...base, action: 'passed' });
    else report({ ...base, action: 'routed', routedTo: new URL(decision.path, request.url).href });
    return decision;
  } catch (error) {
    report({ ...base, action: 'refused', error: error as Error });
    throw error;
  }
}

/** Waits until a GET of an operation the safety net started is due; resolves at once otherwise. */
export async function holdEarlyPoll(method: string, url: URL): Promise<void> {
  const delay = pollDelay(method, url, Date.now());
  if (delay <= 0) return;
  countHeldPoll();
  // The runtime's sleep: a wait beyond setTimeout's ~24.8-day limit still ends when due, not at once.
  await systemClock.sleep(delay);
}

/** A stack for the call-site warning, taken only for requests that concern the export. */
export function captureStack(): string | undefined {
  return new Error('call site').stack;
}
