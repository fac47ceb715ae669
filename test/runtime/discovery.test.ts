// Successor discovery against the simulator's test forms: the phase that lists the matrix, found
// across pages, cached per test form, shared by concurrent callers, 429-aware, and never sending the
// token to a foreign @nextLink. Phase ids are unrelated to procedure ids, so a guessed mapping fails.
import { describe, expect, it, vi } from 'vitest';
import {
  configure,
  createSuccessorDiscovery,
  discoverSuccessorIds,
  exportSampleAttachment,
  findSuccessorIds,
  ROUTE_ENV_VAR,
  WorkivaSunsetError,
  type LegacySampleAttachmentIds,
} from 'workiva-sunset';
import { expectedPdfBytes, type SimulatedTestForm } from '../../src/testing/index.js';
import { bytesOf, rejectionOf, useSimulator } from './helpers.js';

const FORMS: SimulatedTestForm[] = [
  {
    id: 'audit-1',
    name: 'FY26 SOX',
    phases: [
      { id: 'bac770b8-1673-11ec-9621-000000000001', name: 'Planning', matrices: [{ id: 'm-1' }] },
      { id: 'bac770b8-1673-11ec-9621-000000000002', name: 'Walkthrough', matrices: [{ id: 'm-2' }] },
      { id: 'bac770b8-1673-11ec-9621-000000000003', name: 'Interim', matrices: [] },
      { id: 'bac770b8-1673-11ec-9621-000000000004', name: 'Follow Up', matrices: [{ id: 'm/3' }, { id: 'm-4' }] },
      { id: 'bac770b8-1673-11ec-9621-000000000005', name: 'Year End', matrices: [{ id: 'm-5' }] },
    ],
  },
  {
    id: 'audit-2',
    phases: [
      { id: 'phase-a', name: 'Walkthrough', matrices: [{ id: 'm-shared' }] },
      { id: 'phase-b', name: 'Follow Up', matrices: [{ id: 'm-shared' }] },
    ],
  },
];
const FOLLOW_UP = 'bac770b8-1673-11ec-9621-000000000004';

const h = useSimulator({ testForms: FORMS, testPhasesPageSize: 2 });
const options = () => ({ baseUrl: h.sim.url, token: h.sim.token, clock: h.clock });
const ids = (overrides: Partial<LegacySampleAttachmentIds> = {}): LegacySampleAttachmentIds => ({
  auditId: 'audit-1', procedureId: 'proc 2', matrixId: 'm/3', sampleId: 's4', attachmentId: 'att-5', ...overrides,
});
const listingPages = () => h.sim.requestsOf('test-phases');

async function errorOf(promise: Promise<unknown>): Promise<WorkivaSunsetError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(WorkivaSunsetError);
  return error as WorkivaSunsetError;
}

describe('discovery is the default on the successor route', () => {
  it('finds the phase that lists the matrix across three pages and exports the same PDF', async () => {
    vi.stubEnv(ROUTE_ENV_VAR, 'successor');
    configure({ resolveSuccessorIds: createSuccessorDiscovery() });
    const result = await exportSampleAttachment(ids(), options());
    expect(result.route).toBe('successor');
    expect(await bytesOf(result.response)).toEqual(expectedPdfBytes(ids()));
    const pages = listingPages();
    expect(pages.map((page) => page.path)).toEqual([
      '/testForms/audit-1/testPhases?$expand=matrices',
      '/testForms/audit-1/testPhases?%24expand=matrices&%24skiptoken=2',
      '/testForms/audit-1/testPhases?%24expand=matrices&%24skiptoken=4',
    ]);
    for (const page of pages) {
      expect(page.headers['x-version']).toBe('2026-01-01');
      expect(page.headers['authorization']).toBe(`Bearer ${h.sim.token}`);
    }
    expect(h.sim.requestsOf('export-successor')[0]!.path).toBe(`/testForms/audit-1/testPhases/${FOLLOW_UP}/matrices/m%2F3/samples/s4/attachments/att-5/export`);
  });

  it('with nothing configured but the route, the built-in discoverSuccessorIds is used', async () => {
    configure({ route: 'successor' });
    const result = await exportSampleAttachment(ids({ matrixId: 'm-2', sampleId: 'default-path' }), options());
    expect(result.route).toBe('successor');
    expect(h.sim.requestsOf('export-successor')[0]!.path).toContain('/testPhases/bac770b8-1673-11ec-9621-000000000002/');
  });

  it('a team’s own mapping wins: no listing at all', async () => {
    configure({ route: 'successor', resolveSuccessorIds: (legacy) => ({ testFormId: 'audit-1', testPhaseId: FOLLOW_UP, matrixId: String(legacy.matrixId), sampleId: String(legacy.sampleId), attachmentId: String(legacy.attachmentId) }) });
    await exportSampleAttachment(ids(), options());
    expect(listingPages()).toHaveLength(0);
    expect(h.sim.requestsOf('export-successor')).toHaveLength(1);
  });

  it('a team mapping can hand the ids it does not know to discovery, with the context it was given', async () => {
    const known: Record<string, string> = { 'm-1': 'bac770b8-1673-11ec-9621-000000000001' };
    configure({
      route: 'successor',
      resolveSuccessorIds: (legacy, context) => {
        const testPhaseId = known[String(legacy.matrixId)];
        if (testPhaseId === undefined) return discoverSuccessorIds(legacy, context);
        return { testFormId: String(legacy.auditId), testPhaseId, matrixId: String(legacy.matrixId), sampleId: String(legacy.sampleId), attachmentId: String(legacy.attachmentId) };
      },
    });
    await exportSampleAttachment(ids({ matrixId: 'm-1' }), options());
    expect(listingPages()).toHaveLength(0);
    await exportSampleAttachment(ids({ matrixId: 'm-5', sampleId: 'fallback' }), options());
    expect(listingPages()).toHaveLength(3);
    expect(h.sim.requestsOf('export-successor')[1]!.path).toContain('/testPhases/bac770b8-1673-11ec-9621-000000000005/');
  });

  it('the simulator refuses a guessed mapping (testPhaseId = procedureId) with 404: tests cannot pass with a wrong phase', async () => {
    configure({ route: 'successor', resolveSuccessorIds: (legacy) => ({ testFormId: 'audit-1', testPhaseId: String(legacy.procedureId), matrixId: String(legacy.matrixId), sampleId: 's', attachmentId: 'a' }) });
    const error = await errorOf(exportSampleAttachment(ids(), options()));
    expect(error.status).toBe(404);
    expect(error.message).toContain('No test phase proc 2 in test form audit-1');
  });
});

describe('cache', () => {
  it('one listing for N exports of one test form; the counts say so', async () => {
    const discovery = createSuccessorDiscovery();
    configure({ route: 'successor', resolveSuccessorIds: discovery });
    for (let sample = 0; sample < 5; sample++) await exportSampleAttachment(ids({ sampleId: `s-${sample}` }), options());
    expect(h.sim.requestsOf('export-successor')).toHaveLength(5);
    expect(listingPages()).toHaveLength(3);
    expect(discovery.stats()).toEqual({ hits: 4, misses: 1, listings: 1, evictions: 0 });
  });

  it('expires after ttlMs of the clock, and stays within maxTestForms', async () => {
    const discovery = createSuccessorDiscovery({ ttlMs: 60_000, maxTestForms: 1 });
    const find = (legacy: LegacySampleAttachmentIds) => findSuccessorIds(legacy, { ...options(), discovery });
    await find(ids());
    await find(ids());
    h.clock.advance(60_001);
    await find(ids());
    expect(discovery.stats()).toMatchObject({ hits: 1, listings: 2 });
    await errorOf(find(ids({ auditId: 'audit-2', matrixId: 'm-shared' })));
    await find(ids());
    expect(discovery.stats()).toMatchObject({ listings: 4, evictions: 2 });
  });

  it('concurrent first calls share one listing', async () => {
    const discovery = createSuccessorDiscovery();
    const found = await Promise.all(Array.from({ length: 10 }, (_, index) => findSuccessorIds(ids({ sampleId: `s-${index}` }), { ...options(), discovery })));
    expect(new Set(found.map((successor) => successor.testPhaseId))).toEqual(new Set([FOLLOW_UP]));
    expect(listingPages()).toHaveLength(3);
    expect(discovery.stats()).toEqual({ hits: 9, misses: 1, listings: 1, evictions: 0 });
  });

  it('a failed listing is not cached: the next call lists again', async () => {
    const discovery = createSuccessorDiscovery();
    h.sim.inject('test-phases', { kind: 'status', status: 500 });
    expect((await errorOf(findSuccessorIds(ids(), { ...options(), discovery }))).status).toBe(500);
    expect((await findSuccessorIds(ids(), { ...options(), discovery })).testPhaseId).toBe(FOLLOW_UP);
  });

  it('a caller that aborts does not fail the others sharing its listing', async () => {
    const discovery = createSuccessorDiscovery();
    const controller = new AbortController();
    const first = findSuccessorIds(ids(), { ...options(), discovery, signal: controller.signal });
    const second = findSuccessorIds(ids({ sampleId: 'other' }), { ...options(), discovery });
    controller.abort(new Error('first caller gave up'));
    expect(await rejectionOf(first)).toMatchObject({ message: 'first caller gave up' });
    expect((await second).testPhaseId).toBe(FOLLOW_UP);
  });

  it('a caller whose deadline ends the shared listing does not fail the others: they list again, once', async () => {
    const discovery = createSuccessorDiscovery();
    h.sim.inject('test-phases', { kind: 'status', status: 429, retryAfter: 10 });
    const hurried = findSuccessorIds(ids(), { ...options(), discovery, timeoutMs: 5_000 });
    const patient = findSuccessorIds(ids({ sampleId: 'other' }), { ...options(), discovery });
    expect(((await rejectionOf(hurried)) as WorkivaSunsetError).code).toBe('TIMEOUT');
    expect((await patient).testPhaseId).toBe(FOLLOW_UP);
    expect(discovery.stats().listings).toBe(2);
  });
});

describe('the listing honours the protocol', () => {
  it('waits out a 429’s Retry-After on the listing, then succeeds', async () => {
    h.sim.inject('test-phases', { kind: 'status', status: 429, retryAfter: 7 });
    const found = await findSuccessorIds(ids(), { ...options(), discovery: createSuccessorDiscovery() });
    expect(found.testPhaseId).toBe(FOLLOW_UP);
    const [limited, retried] = listingPages();
    expect(limited!.status).toBe(429);
    expect(retried!.time - limited!.time).toBeGreaterThanOrEqual(7_000);
  });

  it('a Retry-After past the deadline is a TIMEOUT, not an early retry', async () => {
    h.sim.inject('test-phases', { kind: 'status', status: 429, retryAfter: 120 });
    const error = await errorOf(findSuccessorIds(ids(), { ...options(), timeoutMs: 60_000, discovery: createSuccessorDiscovery() }));
    expect(error.code).toBe('TIMEOUT');
    expect(listingPages()).toHaveLength(1);
  });

  it('never sends the token to a foreign @nextLink', async () => {
    h.sim.set({ nextLinkOrigin: 'foreign' });
    const error = await errorOf(findSuccessorIds(ids(), { ...options(), discovery: createSuccessorDiscovery() }));
    expect(error.code).toBe('UNTRUSTED_LOCATION');
    expect(error.message).toContain(h.sim.foreignUrl);
    expect(h.sim.requests.filter((request) => request.origin === 'foreign')).toHaveLength(0);
    expect(listingPages()).toHaveLength(1);
  });

  it('follows a @nextLink on an origin the caller trusts', async () => {
    h.sim.set({ nextLinkOrigin: 'foreign' });
    const found = await findSuccessorIds(ids(), { ...options(), trustedOrigins: [h.sim.foreignUrl], discovery: createSuccessorDiscovery() });
    expect(found.testPhaseId).toBe(FOLLOW_UP);
  });
});

describe('errors name the ids and what to do', () => {
  const find = (legacy: LegacySampleAttachmentIds) => findSuccessorIds(legacy, { ...options(), discovery: createSuccessorDiscovery() });

  it('no phase holds the matrix: SUCCESSOR_PHASE_NOT_FOUND, and no export is sent', async () => {
    configure({ route: 'successor', resolveSuccessorIds: createSuccessorDiscovery() });
    const error = await errorOf(exportSampleAttachment(ids({ matrixId: 'm-gone' }), options()));
    expect(error.code).toBe('SUCCESSOR_PHASE_NOT_FOUND');
    expect(error.message).toContain('matrix m-gone in test form audit-1 (5 phases listed)');
    expect(error.message).toContain('configure({ resolveSuccessorIds })');
    expect(h.sim.requestsOf('export-successor')).toHaveLength(0);
  });

  it('several phases hold the matrix: SUCCESSOR_PHASE_AMBIGUOUS with their ids', async () => {
    const error = await errorOf(find(ids({ auditId: 'audit-2', matrixId: 'm-shared' })));
    expect(error.code).toBe('SUCCESSOR_PHASE_AMBIGUOUS');
    expect(error.message).toContain('(phase-a, phase-b)');
  });

  it('no test form with the audit’s id (the inference does not hold): SUCCESSOR_TEST_FORM_NOT_FOUND, 404', async () => {
    const error = await errorOf(find(ids({ auditId: 'audit-elsewhere' })));
    expect(error.code).toBe('SUCCESSOR_TEST_FORM_NOT_FOUND');
    expect(error.status).toBe(404);
    expect(error.message).toContain('no test form audit-elsewhere for audit audit-elsewhere, procedure proc 2, matrix m/3');
  });

  it('a matrix of another test form (wrong test form) is not found in this one', async () => {
    const error = await errorOf(find(ids({ auditId: 'audit-2', matrixId: 'm-5' })));
    expect(error.code).toBe('SUCCESSOR_PHASE_NOT_FOUND');
    expect(error.message).toContain('it belongs to another test form');
  });

  it('a listing page that is not JSON is INVALID_RESPONSE, not a silent miss', async () => {
    h.sim.inject('test-phases', { kind: 'invalid-json' });
    expect((await errorOf(find(ids()))).code).toBe('INVALID_RESPONSE');
  });

  it('discovery called on its own, outside an export, says how to use it', async () => {
    const error = await errorOf(createSuccessorDiscovery()(ids()));
    expect(error.code).toBe('INVALID_CONFIGURATION');
  });
});

describe('the simulator’s test phase endpoints', () => {
  const get = (path: string, version = '2026-01-01') =>
    fetch(`${h.sim.url}${path}`, { headers: { Authorization: `Bearer ${h.sim.token}`, 'X-Version': version } }).then(async (response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> }));

  it('lists matrices only with $expand=matrices, pages with @nextLink, and ends without one', async () => {
    const plain = await get('/testForms/audit-1/testPhases');
    expect(plain.status).toBe(200);
    expect(plain.body['data']).toEqual([
      { id: 'bac770b8-1673-11ec-9621-000000000001', name: 'Planning' },
      { id: 'bac770b8-1673-11ec-9621-000000000002', name: 'Walkthrough' },
    ]);
    const last = await get('/testForms/audit-1/testPhases?$expand=matrices&$skiptoken=4');
    expect(last.body).toEqual({ data: [{ id: 'bac770b8-1673-11ec-9621-000000000005', name: 'Year End', matrices: [{ id: 'm-5', name: 'Matrix m-5' }] }] });
  });

  it('answers one phase by id, 404 for unknown test forms and phases, 400 without X-Version 2026-01-01', async () => {
    expect((await get(`/testForms/audit-1/testPhases/${FOLLOW_UP}?$expand=matrices`)).body['matrices']).toEqual([{ id: 'm/3', name: 'Matrix m/3' }, { id: 'm-4', name: 'Matrix m-4' }]);
    expect((await get('/testForms/nope/testPhases')).status).toBe(404);
    expect((await get('/testForms/audit-1/testPhases/nope')).status).toBe(404);
    expect((await get('/testForms/audit-1/testPhases', '2022-01-01')).status).toBe(400);
  });
});
