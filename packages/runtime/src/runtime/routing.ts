// The one place that decides where an export goes: the legacy prototype endpoint until the sunset,
// the 2026-01-01 successor once switched (in code with `configure`, or per deployment with
// WORKIVA_SUNSET_ROUTE), and a fail-fast error past the sunset when nobody switched.
import { SAMPLE_ATTACHMENT_EXPORT } from '../catalog/endpoints.js';
import { isPastSunset } from '../catalog/schedule.js';
import { joinApiPath } from './base-url.js';
import { contextFor, discoverSuccessorIds, type SuccessorIdsContext } from './discovery.js';
import { WorkivaSunsetError } from './errors.js';
import type { SessionWithRoot } from './session.js';
import type { LegacySampleAttachmentIds, Route, SuccessorSampleAttachmentIds } from './types.js';

/** Environment variable a deployment sets to `successor` or `legacy`. */
export const ROUTE_ENV_VAR = 'WORKIVA_SUNSET_ROUTE';

/** Maps legacy ids to the successor's; `context` says where the export goes (discovery uses it to call the API). */
export type ResolveSuccessorIds = (
  legacy: LegacySampleAttachmentIds,
  context: SuccessorIdsContext,
) => SuccessorSampleAttachmentIds | Promise<SuccessorSampleAttachmentIds>;

export interface RoutingConfiguration {
  /** Where exports go. Unset: `WORKIVA_SUNSET_ROUTE`, else legacy until the sunset. */
  readonly route?: Route;
  /**
   * Maps the legacy ids to the successor's. Unset: `discoverSuccessorIds` looks the test phase up on
   * the API (testFormId = auditId, the phase whose matrices hold matrixId). A team's own mapping always wins.
   */
  readonly resolveSuccessorIds?: ResolveSuccessorIds | undefined;
}

// Process-wide: a service with two copies of this package (two versions in a monorepo's tree, or an
// ES module and a CommonJS load of it) still has one switch, set by whichever copy it configures.
const CONFIGURATION = Symbol.for('workiva-sunset.routing-configuration');
type Holder = typeof globalThis & { [CONFIGURATION]?: RoutingConfiguration };
const holder = globalThis as Holder;

/** Sets the route and/or the id resolver for every later export. Fields left out keep their value. */
export function configure(update: RoutingConfiguration): void {
  if (update.route !== undefined && update.route !== 'legacy' && update.route !== 'successor') {
    throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: `configure({ route }) must be 'legacy' or 'successor', got ${JSON.stringify(update.route)}` });
  }
  holder[CONFIGURATION] = { ...getConfiguration(), ...update };
}

/** Forgets everything `configure` set, and what the default discovery cached (for tests). */
export function resetConfiguration(): void {
  holder[CONFIGURATION] = {};
  discoverSuccessorIds.clear();
}

export function getConfiguration(): RoutingConfiguration {
  return holder[CONFIGURATION] ?? {};
}

const SUNSET = SAMPLE_ATTACHMENT_EXPORT.sunset;
const SUCCESSOR = SAMPLE_ATTACHMENT_EXPORT.successor!;

function routeFromEnvironment(env: NodeJS.ProcessEnv): Route | undefined {
  const value = env[ROUTE_ENV_VAR]?.trim();
  if (value === undefined || value === '') return undefined;
  if (value === 'legacy' || value === 'successor') return value;
  throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: `${ROUTE_ENV_VAR} must be 'legacy' or 'successor', got ${JSON.stringify(value)}` });
}

/** The route for an export starting at `now`; throws before any request when it cannot be decided safely. */
export function resolveRoute(now: number, env: NodeJS.ProcessEnv = process.env): Route {
  const route = getConfiguration().route ?? routeFromEnvironment(env);
  if (route !== undefined) return route;
  if (isPastSunset(SUNSET, now)) {
    throw new WorkivaSunsetError({
      code: 'SUNSET_ROUTE_REQUIRED',
      message:
        `The legacy export endpoint was switched off on ${SUNSET}. Switch to the successor: configure({ route: 'successor' }) ` +
        `in code, or set ${ROUTE_ENV_VAR}=successor in the deployment, and run "workiva-sunset preflight" to check the successor ids are found.`,
    });
  }
  return 'legacy';
}

export interface ExportTarget {
  readonly route: Route;
  readonly url: string;
  /** Route-specific headers: the successor's `X-Version`; none for legacy, as the original calls sent none. */
  readonly headers: Readonly<Record<string, string>>;
}

function fillPath(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === '') {
      throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: `Missing path id ${name} for ${template}` });
    }
    const text = String(value);
    // encodeURIComponent keeps dots, and URL parsing then resolves "." and ".." (even as %2e%2e):
    // the authenticated POST would go to another endpoint.
    if (text === '.' || text === '..') {
      throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: `Path id ${name} is ${JSON.stringify(text)}: a "." or ".." id would change which endpoint is called, so nothing was sent` });
    }
    return encodeURIComponent(text);
  });
}

const SUCCESSOR_ID_NAMES = ['testFormId', 'testPhaseId', 'matrixId', 'sampleId', 'attachmentId'] as const;

async function callResolver(legacy: LegacySampleAttachmentIds, session: SessionWithRoot): Promise<SuccessorSampleAttachmentIds> {
  const resolve = getConfiguration().resolveSuccessorIds ?? discoverSuccessorIds;
  try {
    return await resolve(legacy, contextFor(session));
  } catch (cause) {
    // The wrapper's own errors (discovery's, a listing's HTTP error) and an abort already say what happened.
    if (cause instanceof WorkivaSunsetError || session.signal?.aborted) throw cause;
    throw new WorkivaSunsetError({ code: 'CALLBACK_FAILED', message: `resolveSuccessorIds threw: ${cause instanceof Error ? cause.message : String(cause)}`, cause });
  }
}

async function resolveSuccessorIds(legacy: LegacySampleAttachmentIds, session: SessionWithRoot): Promise<SuccessorSampleAttachmentIds> {
  const ids = await callResolver(legacy, session);
  for (const name of SUCCESSOR_ID_NAMES) {
    const value: unknown = ids?.[name];
    if ((typeof value !== 'string' && typeof value !== 'number') || value === '') {
      throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: `resolveSuccessorIds returned no ${name} for audit ${String(legacy.auditId)}` });
    }
  }
  return ids;
}

/** The export URL and headers for `ids` on `route`, under the session's API root. */
export async function exportTarget(route: Route, ids: LegacySampleAttachmentIds, session: SessionWithRoot): Promise<ExportTarget> {
  if (route === 'legacy') {
    return { route, url: joinApiPath(session.root, fillPath(SAMPLE_ATTACHMENT_EXPORT.path, { ...ids })), headers: {} };
  }
  const successorIds = await resolveSuccessorIds(ids, session);
  return { route, url: joinApiPath(session.root, fillPath(SUCCESSOR.path, { ...successorIds })), headers: { 'X-Version': SUCCESSOR.apiVersion } };
}

/**
 * Successor ids with `testFormId = auditId` made explicit, for teams that have confirmed it.
 *
 * Evidence (catalog parameter mapping, status `inferred`): Workiva says most prototype endpoints
 * were "promoted to GA" in 2026-01-01, and the docs' example audit and example test form share the
 * same id and name; it is not stated outright. `matrixId`, `sampleId` and `attachmentId` keep their
 * names in both versions (also not documented). `testPhaseId` has no legacy counterpart — nothing
 * says it equals `procedureId` — so the caller must supply it.
 *
 * @example
 * configure({ route: 'successor', resolveSuccessorIds: (ids) => successorIdsWithInferredTestForm(ids, { testPhaseId: phaseFor(ids.procedureId) }) });
 */
export function successorIdsWithInferredTestForm(legacy: LegacySampleAttachmentIds, supplied: { readonly testPhaseId: string }): SuccessorSampleAttachmentIds {
  if (!supplied.testPhaseId) {
    throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: 'successorIdsWithInferredTestForm needs a testPhaseId: it cannot be derived from the legacy ids' });
  }
  return {
    testFormId: String(legacy.auditId),
    testPhaseId: supplied.testPhaseId,
    matrixId: String(legacy.matrixId),
    sampleId: String(legacy.sampleId),
    attachmentId: String(legacy.attachmentId),
  };
}
