// Discovery of the successor ids: the test phase whose matrices hold the legacy matrixId, found
// through `GET /testForms/{testFormId}/testPhases?$expand=matrices` with the export's own session.
// Inferred: testFormId = auditId (Workiva's docs suggest it, do not state it). Verified by the API:
// the phase really lists the matrix; a wrong test form is a 404, a wrong phase cannot export another file.
import { withinDeadline } from './deadline.js';
import { DiscoveryCache, type DiscoveryCacheOptions, type DiscoveryStats } from './discovery-cache.js';
import { WorkivaSunsetError } from './errors.js';
import { createSession, type SessionWithRoot } from './session.js';
import { listTestPhases, TestFormNotFound, type TestPhaseSummary } from './test-phases.js';
import type { ExportOptions, LegacySampleAttachmentIds, SuccessorSampleAttachmentIds } from './types.js';

/** What an id resolver is given besides the legacy ids: where the export goes. */
export interface SuccessorIdsContext {
  /** The export's API root, e.g. `https://api.app.wdesk.com`. */
  readonly baseUrl: string;
}

/** A resolver that looks the successor ids up on the API, with its own cache. */
export interface SuccessorDiscovery {
  (legacy: LegacySampleAttachmentIds, context?: SuccessorIdsContext): Promise<SuccessorSampleAttachmentIds>;
  /** Request and cache counts since creation or `clear()`. */
  stats(): DiscoveryStats;
  /** Forgets every cached test form (and resets the counts). */
  clear(): void;
}

// The session behind a context: kept out of the public type, so a resolver sees a plain object.
const sessions = new WeakMap<SuccessorIdsContext, SessionWithRoot>();

/** The context handed to an id resolver for an export running on `session`. */
export function contextFor(session: SessionWithRoot): SuccessorIdsContext {
  const context = { baseUrl: session.root.href.replace(/\/$/, '') };
  sessions.set(context, session);
  return context;
}

/** matrixId → the ids of the phases that list it. */
type PhaseIndex = ReadonlyMap<string, readonly string[]> & { readonly phaseCount: number };

function indexByMatrix(phases: readonly TestPhaseSummary[]): PhaseIndex {
  const index = new Map<string, string[]>();
  for (const phase of phases) {
    for (const matrixId of new Set(phase.matrixIds)) index.set(matrixId, [...(index.get(matrixId) ?? []), phase.id]);
  }
  return Object.assign(index, { phaseCount: phases.length });
}

const WHAT_TO_DO = 'Supply the successor ids for these ids yourself with configure({ resolveSuccessorIds }) (see docs/wrapper.md, "Your own mapping").';

function describeIds(legacy: LegacySampleAttachmentIds): string {
  return `audit ${String(legacy.auditId)}, procedure ${String(legacy.procedureId)}, matrix ${String(legacy.matrixId)}`;
}

function testFormNotFound(legacy: LegacySampleAttachmentIds, testFormId: string, notFound: TestFormNotFound): WorkivaSunsetError {
  return new WorkivaSunsetError({
    code: 'SUCCESSOR_TEST_FORM_NOT_FOUND',
    message:
      `Discovery found no test form ${testFormId} for ${describeIds(legacy)}: the successor answered 404 to its test phase listing. ` +
      `Discovery takes testFormId = auditId, which Workiva's docs suggest but do not state, and it does not hold here. ${WHAT_TO_DO}`,
    status: notFound.error.status,
    requestId: notFound.error.requestId,
    url: notFound.error.url,
    cause: notFound.error,
  });
}

function phaseNotFound(legacy: LegacySampleAttachmentIds, testFormId: string, phaseCount: number): WorkivaSunsetError {
  return new WorkivaSunsetError({
    code: 'SUCCESSOR_PHASE_NOT_FOUND',
    message:
      `Discovery found no test phase holding matrix ${String(legacy.matrixId)} in test form ${testFormId} (${phaseCount} ${phaseCount === 1 ? 'phase' : 'phases'} listed) for ${describeIds(legacy)}: ` +
      `the matrix may have been deleted, or it belongs to another test form than testFormId = auditId. ${WHAT_TO_DO}`,
  });
}

function phaseAmbiguous(legacy: LegacySampleAttachmentIds, testFormId: string, phaseIds: readonly string[]): WorkivaSunsetError {
  return new WorkivaSunsetError({
    code: 'SUCCESSOR_PHASE_AMBIGUOUS',
    message:
      `Discovery found matrix ${String(legacy.matrixId)} in ${phaseIds.length} test phases of test form ${testFormId} (${phaseIds.join(', ')}) for ${describeIds(legacy)}: ` +
      `it cannot choose one. ${WHAT_TO_DO}`,
  });
}

function sessionOf(context: SuccessorIdsContext | undefined): SessionWithRoot {
  const session = context === undefined ? undefined : sessions.get(context);
  if (session === undefined) {
    throw new WorkivaSunsetError({
      code: 'INVALID_CONFIGURATION',
      message: 'Successor discovery runs inside an export (configure({ resolveSuccessorIds: discoverSuccessorIds })) or through findSuccessorIds(ids, options); it was called on its own',
    });
  }
  return session;
}

/** A listing started by another export that ended by that export's abort or deadline, not by an answer. */
function endedByItsOwner(owner: SessionWithRoot | undefined, session: SessionWithRoot, error: unknown): boolean {
  if (owner === undefined || owner === session) return false;
  // Our own abort or deadline is ours to report, not a reason to list again.
  if (session.signal?.aborted || (session.deadline !== null && session.clock.now() >= session.deadline)) return false;
  return owner.signal?.aborted === true || (error instanceof WorkivaSunsetError && error.code === 'TIMEOUT');
}

async function phaseIndexOf(cache: DiscoveryCache<PhaseIndex>, owners: WeakMap<Promise<PhaseIndex>, SessionWithRoot>, session: SessionWithRoot, testFormId: string): Promise<PhaseIndex> {
  const key = `${session.root.href}\n${testFormId}`;
  // Twice at most: a shared listing another export abandoned is started again, once, by this one.
  for (let attempt = 1; ; attempt++) {
    const shared = cache.get(key, session.clock, () => {
      const listing = listTestPhases(session, testFormId).then(indexByMatrix);
      owners.set(listing, session);
      return listing;
    });
    try {
      // Each caller waits within its own deadline and signal, whoever started the listing.
      return await withinDeadline(session, shared, `the test phase listing of test form ${testFormId}`);
    } catch (error) {
      if (attempt >= 2 || !endedByItsOwner(owners.get(shared), session, error)) throw error;
      cache.forget(key, shared);
    }
  }
}

/**
 * A discovery resolver with its own bounded, expiring cache (one listing per test form, shared by
 * concurrent first calls). Use it as `configure({ resolveSuccessorIds: createSuccessorDiscovery() })`
 * to size the cache, or to read `stats()` for a batch.
 */
export function createSuccessorDiscovery(options: DiscoveryCacheOptions = {}): SuccessorDiscovery {
  const cache = new DiscoveryCache<PhaseIndex>(options);
  const owners = new WeakMap<Promise<PhaseIndex>, SessionWithRoot>();
  const discover = async (legacy: LegacySampleAttachmentIds, context?: SuccessorIdsContext): Promise<SuccessorSampleAttachmentIds> => {
    const session = sessionOf(context);
    const testFormId = String(legacy.auditId);
    let index: PhaseIndex;
    try {
      index = await phaseIndexOf(cache, owners, session, testFormId);
    } catch (error) {
      if (error instanceof TestFormNotFound) throw testFormNotFound(legacy, testFormId, error);
      throw error;
    }
    const phaseIds = index.get(String(legacy.matrixId)) ?? [];
    if (phaseIds.length === 0) throw phaseNotFound(legacy, testFormId, index.phaseCount);
    if (phaseIds.length > 1) throw phaseAmbiguous(legacy, testFormId, phaseIds);
    return { testFormId, testPhaseId: phaseIds[0]!, matrixId: String(legacy.matrixId), sampleId: String(legacy.sampleId), attachmentId: String(legacy.attachmentId) };
  };
  return Object.assign(discover, { stats: () => cache.stats(), clear: () => cache.clear() });
}

/**
 * The default discovery resolver (one process-wide cache: 500 test forms, 10 minutes). Used when
 * the successor route is on and no `resolveSuccessorIds` is configured.
 */
export const discoverSuccessorIds: SuccessorDiscovery = createSuccessorDiscovery();

export interface FindSuccessorIdsOptions extends ExportOptions {
  /** The discovery (and so the cache) to use. Default `discoverSuccessorIds`. */
  readonly discovery?: SuccessorDiscovery;
}

/**
 * The successor ids of `legacy`, discovered on the API without exporting anything: what
 * `workiva-sunset preflight` runs for each id set. Same options, credentials and deadline as an export.
 *
 * @throws WorkivaSunsetError `SUCCESSOR_TEST_FORM_NOT_FOUND`, `SUCCESSOR_PHASE_NOT_FOUND`, `SUCCESSOR_PHASE_AMBIGUOUS`, or any HTTP error of the listing.
 */
export function findSuccessorIds(legacy: LegacySampleAttachmentIds, options: FindSuccessorIdsOptions = {}): Promise<SuccessorSampleAttachmentIds> {
  const session = createSession(options);
  const discovery = options.discovery ?? discoverSuccessorIds;
  return withinDeadline(session, discovery(legacy, contextFor(session)), 'successor discovery');
}
