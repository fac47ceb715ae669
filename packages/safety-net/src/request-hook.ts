// Requests built inside a routed call and sent later, outside it: `const req = await
// withExportRouting(() => authorized(url, init))` where `authorized` is an async helper returning
// `new Request(…)`, then `fetch(req.clone())` in a retry loop. The global `Request` constructor marks
// what it builds inside a routed call, and `clone()` passes the mark on, so the fetch hook routes the
// send wherever it happens. Requests built outside routed calls are untouched (one store lookup).
import { isInRoutedCall, isRoutedRequest, markRoutedRequest } from './scope.js';

/** Wraps the global `Request` constructor and `Request.prototype.clone`; returns the function that puts both back. */
export function hookRequest(): () => void {
  const OriginalRequest = globalThis.Request;
  if (typeof OriginalRequest !== 'function') return () => {};
  const originalClone = OriginalRequest.prototype.clone;
  // A Proxy keeps `instanceof Request`, statics, `prototype` and subclassing as they were.
  const MarkingRequest = new Proxy(OriginalRequest, {
    construct(target, args, newTarget) {
      const request = Reflect.construct(target, args, newTarget === MarkingRequest ? target : newTarget) as Request;
      if (isInRoutedCall()) markRoutedRequest(request);
      return request;
    },
  });
  OriginalRequest.prototype.clone = function clone(this: Request): Request {
    const copy = originalClone.call(this);
    if (isRoutedRequest(this)) markRoutedRequest(copy);
    return copy;
  };
  globalThis.Request = MarkingRequest;
  return () => {
    if (globalThis.Request === MarkingRequest) globalThis.Request = OriginalRequest;
    OriginalRequest.prototype.clone = originalClone;
  };
}
