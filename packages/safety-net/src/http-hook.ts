// The hook for node:http and node:https (axios, got, superagent, node-fetch, needle, … all end here):
// wraps `request` and `get` of both modules. A request that concerns the export is still the caller's
// real ClientRequest; only its writes are held back until its route is decided, then its path and
// headers are set (nothing has been sent yet) and the writes are released in order.
import http, { type ClientRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import { captureStack, holdEarlyPoll, mayConcernExport, routeOf } from './intercept.js';
import { isTrackedOperation, notePollAnswer, trackOperation } from './pacing.js';
import { isInRoutedCall } from './scope.js';

type RequestFunction = (...args: unknown[]) => ClientRequest;
type Module = { request: RequestFunction; get: RequestFunction };

function optionsOf(args: readonly unknown[]): RequestOptions | undefined {
  const [first, second] = args;
  if (typeof first === 'string' || first instanceof URL) return typeof second === 'object' && second !== null ? (second as RequestOptions) : undefined;
  return typeof first === 'object' && first !== null ? (first as RequestOptions) : undefined;
}

function pathOf(args: readonly unknown[], options: RequestOptions | undefined): string | undefined {
  if (options?.path != null) return options.path;
  const first = args[0];
  if (typeof first === 'string') return first;
  return first instanceof URL ? first.href : undefined;
}

/** The absolute URL the request goes to, as Node will build it (options override the URL's parts). */
function urlOf(args: readonly unknown[], options: RequestOptions | undefined, defaultProtocol: string): URL {
  const first = args[0];
  const base = typeof first === 'string' ? new URL(first) : first instanceof URL ? first : undefined;
  const protocol = options?.protocol ?? base?.protocol ?? defaultProtocol;
  const hostname = options?.hostname ?? options?.host?.replace(/:\d+$/, '') ?? base?.hostname ?? 'localhost';
  const port = options?.port ?? base?.port ?? '';
  const host = hostname.includes(':') && !hostname.startsWith('[') ? `[${hostname}]` : hostname;
  const path = options?.path ?? (base ? `${base.pathname}${base.search}` : '/');
  return new URL(`${protocol}//${host}${port === '' ? '' : `:${port}`}${path}`);
}

/** Raw header arrays make Node write the request head at once: an export's are turned into an object first. */
function withObjectHeaders(args: unknown[], options: RequestOptions | undefined): unknown[] {
  if (!options || !Array.isArray(options.headers)) return args;
  const headers: Record<string, string> = {};
  const raw = options.headers as string[];
  for (let i = 0; i + 1 < raw.length; i += 2) headers[raw[i]!] = raw[i + 1]!;
  return args.map((arg) => (arg === options ? { ...options, headers } : arg));
}

/** Holds `write`, `end` and `flushHeaders` of `request` until the returned function releases them. */
function holdWrites(request: ClientRequest): () => void {
  const queue: [keyof ClientRequest, unknown[]][] = [];
  const held = ['write', 'end', 'flushHeaders'] as const;
  for (const name of held) {
    (request as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      queue.push([name, args]);
      return name === 'write' ? true : request;
    };
  }
  return () => {
    for (const name of held) delete (request as unknown as Record<string, unknown>)[name];
    for (const [name, args] of queue) (request[name] as (...a: unknown[]) => unknown).apply(request, args);
  };
}

function onHead(request: ClientRequest, listener: (response: IncomingMessage) => void): void {
  request.on('response', listener);
}

function header(response: IncomingMessage, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function interceptExport(original: RequestFunction, args: unknown[], url: URL, method: string): ClientRequest {
  const stack = captureStack();
  const request = original(...withObjectHeaders(args, optionsOf(args)));
  const release = holdWrites(request);
  const authorization = () => {
    const value = request.getHeader('authorization');
    return value === undefined ? undefined : String(value);
  };
  routeOf({ method, url, via: 'node:http', stack, explicit: isInRoutedCall(), authorization }).then(
    (decision) => {
      if (decision.kind === 'route') {
        request.path = decision.path;
        for (const [name, value] of Object.entries(decision.headers)) request.setHeader(name, value);
        const target = new URL(decision.path, url);
        onHead(request, (response) => {
          if (response.statusCode === 202) trackOperation(target, header(response, 'location'), header(response, 'retry-after'), Date.now());
        });
      }
      release();
    },
    (error: unknown) => request.destroy(error as Error),
  );
  return request;
}

function interceptPoll(original: RequestFunction, args: unknown[], url: URL): ClientRequest {
  const request = original(...args);
  const release = holdWrites(request);
  onHead(request, (response) => notePollAnswer(url, header(response, 'retry-after'), Date.now()));
  holdEarlyPoll('GET', url).then(release, release);
  return request;
}

function wrapRequest(original: RequestFunction, defaultProtocol: string): RequestFunction {
  return function request(...args: unknown[]): ClientRequest {
    const options = optionsOf(args);
    const method = options?.method;
    if (!mayConcernExport(method, pathOf(args, options))) return original(...args);
    const url = urlOf(args, options, defaultProtocol);
    if ((method ?? 'GET').toUpperCase() === 'GET') return isTrackedOperation(url) ? interceptPoll(original, args, url) : original(...args);
    return interceptExport(original, args, url, method!);
  };
}

function hookModule(module: Module, defaultProtocol: string): () => void {
  const { request, get } = module;
  const wrapped = wrapRequest(request, defaultProtocol);
  module.request = wrapped;
  // Node's own `get` calls its module-local `request`, which the wrapper above does not replace.
  module.get = function get(...args: unknown[]): ClientRequest {
    const sent = wrapped(...args);
    sent.end();
    return sent;
  };
  return () => {
    if (module.request === wrapped) Object.assign(module, { request, get });
  };
}

/** Wraps node:http and node:https; returns the function that puts the originals back. */
export function hookHttp(): () => void {
  const restores = [hookModule(http as unknown as Module, 'http:'), hookModule(https as unknown as Module, 'https:')];
  // `import { request } from 'node:http'` reads live bindings that only follow the module object when synced.
  syncBuiltinESMExports();
  return () => {
    restores.forEach((restore) => restore());
    syncBuiltinESMExports();
  };
}
