// Where an intercepted export goes: the runtime's own decision (configure / WORKIVA_SUNSET_ROUTE, the
// successor ids from configure({ resolveSuccessorIds })), so a call the codemod never saw is routed
// exactly as a migrated one. Past the sunset with no switch it throws the wrapper's error.
import { exportTargetFor, resolveRoute } from 'workiva-sunset';
import type { ExportMatch } from './match.js';

export type Decision =
  /** Send the request as the caller wrote it. */
  | { readonly kind: 'pass' }
  /** Send it to `path` (origin-relative, query kept) with `headers` set, replacing any of the same name. */
  | { readonly kind: 'route'; readonly path: string; readonly headers: Readonly<Record<string, string>> };

const PASS: Decision = { kind: 'pass' };

/** @throws WorkivaSunsetError (SUNSET_ROUTE_REQUIRED, SUCCESSOR_IDS_REQUIRED, CALLBACK_FAILED, …) before anything is sent. */
export async function decide(match: ExportMatch, origin: string, authorization: () => string | undefined): Promise<Decision> {
  const route = resolveRoute(Date.now());
  if (route === 'legacy') return PASS;
  // One turn later: node:http callers may set their headers just after creating the request.
  await Promise.resolve();
  const credentials = authorization();
  // Successor discovery lists test phases with the caller's own credentials, on the caller's origin only.
  const target = await exportTargetFor(route, match.ids, { baseUrl: `${origin}${match.prefix}`, headers: credentials ? { Authorization: credentials } : {} });
  const url = new URL(target.url);
  return { kind: 'route', path: `${url.pathname}${match.query}`, headers: target.headers };
}
