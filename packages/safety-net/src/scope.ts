// Explicit routing of one call: what the codemod writes where the call's URL, credentials or client
// are only known at run time (`withExportRouting(() => this.http.post(path, body))`). The call runs
// as written, through the team's own client (its interceptors, hooks, agents, error and response
// types); only an export request it sends is routed like the safety net routes one, and only inside
// this call (AsyncLocalStorage follows the call's promises, timers and callbacks).
import { AsyncLocalStorage } from 'node:async_hooks';
import { ensureHooks } from './hooks.js';

// Process-wide, like the hooks (hooks.ts): a second copy of this package (two versions in one
// node_modules tree) routes through the first copy's hooks, which must see its calls too.
const SHARED = Symbol.for('workiva-sunset.safety-net.routing');
type Shared = { readonly routing: AsyncLocalStorage<true>; readonly routedRequests: WeakSet<object> };
const shared: Shared = ((globalThis as typeof globalThis & { [SHARED]?: Shared })[SHARED] ??= {
  routing: new AsyncLocalStorage<true>(),
  // Requests built inside a routed call but sent later (`const req = withExportRouting(() => new Request(url, init)); … fetch(req)`).
  routedRequests: new WeakSet<object>(),
});
const { routing, routedRequests } = shared;

/** Whether a request sent now was sent from inside `withExportRouting`. */
export function isInRoutedCall(): boolean {
  return routing.getStore() === true;
}

/** Whether `input` is a Request built inside `withExportRouting` (its send is routed wherever it happens). */
export function isRoutedRequest(input: unknown): boolean {
  return typeof input === 'object' && input !== null && routedRequests.has(input);
}

/** Remembers a Request built inside `withExportRouting` (or cloned from one) for the fetch that sends it. */
export function markRoutedRequest(request: object): void {
  routedRequests.add(request);
}

/** Runs `send` as if inside `withExportRouting` (for the fetch of a routed Request). */
export function runRouted<T>(send: () => T): T {
  return routing.run(true, send);
}

/**
 * Runs `send` (the original request call, unchanged) so that a request of the deprecated export it
 * makes follows the workiva-sunset routing switch: the legacy endpoint until the switch, the
 * successor (successor ids discovered with the request's own credentials, `X-Version` set) after it,
 * and the runtime's SUNSET_ROUTE_REQUIRED error past the sunset with no switch. Every other request
 * passes untouched. Returns exactly what `send` returns, so types and the caller's code do not change.
 *
 * @example
 * const res = await withExportRouting(() => this.http.post(exportPath(ref), { format: 'pdf' }));
 */
export function withExportRouting<T>(send: () => T): T {
  ensureHooks();
  return keepRoutingOnLazySend(routing.run(true, send));
}

/**
 * Results that send later keep the routing: a lazy thenable (superagent's request, sent on its
 * first `then`/`end`) runs those inside the routed call; a `Request` is remembered for the fetch that sends it.
 */
function keepRoutingOnLazySend<T>(result: T): T {
  if (typeof result !== 'object' || result === null || result instanceof Promise) return result;
  if (typeof Request === 'function' && result instanceof Request) {
    routedRequests.add(result);
    return result;
  }
  const target = result as Record<string, unknown>;
  if (typeof target['then'] !== 'function') return result;
  for (const name of ['then', 'end']) {
    const method = target[name];
    if (typeof method !== 'function') continue;
    Object.defineProperty(target, name, {
      configurable: true,
      writable: true,
      value(this: unknown, ...args: unknown[]) {
        return routing.run(true, () => (method as (...a: unknown[]) => unknown).apply(this, args));
      },
    });
  }
  return result;
}
