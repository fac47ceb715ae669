// The hook for the global fetch (Node's built-in undici): wraps `globalThis.fetch`, so calls that pass
// their own undici dispatcher are covered too. A request that is not an export (nor a poll of an
// operation the safety net started) goes to the original fetch with its arguments untouched.
import { captureStack, holdEarlyPoll, mayConcernExport, routeOf, type Intercepted } from './intercept.js';
import { isHookedDispatcher } from './undici-hook.js';
import { isInRoutedCall, isRoutedRequest, runRouted } from './scope.js';
import { isTrackedOperation, notePollAnswer, trackOperation } from './pacing.js';

type Fetch = typeof globalThis.fetch;

// Where Node's fetch and the undici package both look up the process-wide dispatcher.
const GLOBAL_DISPATCHER = Symbol.for('undici.globalDispatcher.1');

function urlText(input: Parameters<Fetch>[0]): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return typeof input === 'object' && input !== null ? input.url : String(input);
}

function methodOf(input: Parameters<Fetch>[0], init: RequestInit | undefined): string | undefined {
  return init?.method ?? (typeof input === 'object' && input !== null && !(input instanceof URL) ? input.method : undefined);
}

async function sendRouted(original: Fetch, input: Parameters<Fetch>[0], init: RequestInit | undefined, request: Intercepted): Promise<Response> {
  const decision = await routeOf(request);
  if (decision.kind === 'pass') return original(input, init);
  // Only the export is rebuilt: its small JSON body is read once and sent to the successor path.
  const legacy = new Request(input, init);
  const headers = new Headers(legacy.headers);
  for (const [name, value] of Object.entries(decision.headers)) headers.set(name, value);
  const target = new URL(decision.path, request.url);
  const body = legacy.body === null ? null : await legacy.arrayBuffer();
  const response = await original(target, { ...init, method: legacy.method, headers, body, redirect: legacy.redirect, signal: legacy.signal });
  if (response.status === 202) trackOperation(target, response.headers.get('location') ?? undefined, response.headers.get('retry-after') ?? undefined, Date.now());
  return response;
}

async function sendPoll(original: Fetch, input: Parameters<Fetch>[0], init: RequestInit | undefined, url: URL): Promise<Response> {
  await holdEarlyPoll('GET', url);
  const response = await original(input, init);
  notePollAnswer(url, response.headers.get('retry-after') ?? undefined, Date.now());
  return response;
}

/** Wraps the global fetch; returns the function that puts the original back. */
export function hookFetch(): () => void {
  const original = globalThis.fetch;
  const fetch: Fetch = function fetch(input, init): Promise<Response> {
    const method = methodOf(input, init);
    // A Request built inside withExportRouting is sent as if from there (also through a hooked dispatcher).
    if (isRoutedRequest(input) && !isInRoutedCall()) return runRouted(() => fetch(input, init));
    if (!mayConcernExport(method, urlText(input))) return original(input, init);
    // A dispatcher of the undici package is hooked itself: looking here as well would count the call twice.
    if (isHookedDispatcher((init as { dispatcher?: unknown } | undefined)?.dispatcher ?? (globalThis as Record<symbol, unknown>)[GLOBAL_DISPATCHER])) return original(input, init);
    const url = new URL(urlText(input));
    if ((method ?? 'GET').toUpperCase() === 'GET') return isTrackedOperation(url) ? sendPoll(original, input, init, url) : original(input, init);
    const authorization = () => new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).get('authorization') ?? undefined;
    return sendRouted(original, input, init, { method: method!, url, via: 'fetch', stack: captureStack(), explicit: isInRoutedCall(), authorization });
  };
  globalThis.fetch = fetch;
  return () => {
    if (globalThis.fetch === fetch) globalThis.fetch = original;
  };
}
