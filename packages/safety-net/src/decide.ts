// Where an intercepted export goes: the runtime's own decision (configure / WORKIVA_SUNSET_ROUTE, the
// successor ids from configure({ resolveSuccessorIds })), so a call the codemod never saw is routed
// exactly as a migrated one. Past the sunset with no switch it throws the wrapper's error.
import { exportTarget, resolveRoute } from 'workiva-sunset';
import type { ExportMatch } from './match.js';

export type Decision =
  /** Send the request as the caller wrote it. */
  | { readonly kind: 'pass' }
  /** Send it to `path` (origin-relative, query kept) with `headers` set, replacing any of the same name. */
  | { readonly kind: 'route'; readonly path: string; readonly headers: Readonly<Record<string, string>> };

const PASS: Decision = { kind: 'pass' };

/** @throws WorkivaSunsetError (SUNSET_ROUTE_REQUIRED, SUCCESSOR_IDS_REQUIRED, CALLBACK_FAILED, …) before anything is sent. */
export async function decide(match: ExportMatch, origin: string): Promise<Decision> {
  const route = resolveRoute(Date.now());
  if (route === 'legacy') return PASS;
  const root = new URL(`${origin}${match.prefix}`);
  const target = await exportTarget(route, match.ids, root);
  const url = new URL(target.url);
  return { kind: 'route', path: `${url.pathname}${match.query}`, headers: target.headers };
}
