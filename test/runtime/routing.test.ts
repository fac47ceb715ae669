// The route switch: legacy until the sunset, successor by configure() or WORKIVA_SUNSET_ROUTE, fail-fast past the sunset.
import { describe, expect, it, vi } from 'vitest';
import {
  configure,
  exportSampleAttachment,
  resolveRoute,
  ROUTE_ENV_VAR,
  successorIdsWithInferredTestForm,
  WorkivaSunsetError,
  type LegacySampleAttachmentIds,
} from 'workiva-sunset';
import { SAMPLE_ATTACHMENT_EXPORT } from 'workiva-sunset/catalog';
import { expectedPdfBytes } from '../../src/testing/index.js';
import { bytesOf, IDS, rejectionOf, successorIds, useSimulator } from './helpers.js';

const h = useSimulator();
const options = () => ({ baseUrl: h.sim.url, token: h.sim.token, clock: h.clock });
const SUNSET_DAY = `${SAMPLE_ATTACHMENT_EXPORT.sunset}T00:00:00Z`;

describe('routing', () => {
  it('uses the legacy route by default before the sunset', async () => {
    const result = await exportSampleAttachment(IDS, options());
    expect(result.route).toBe('legacy');
    expect(h.sim.requests[0]!.kind).toBe('export-legacy');
  });

  it('sends configure({ route: "successor" }) exports to the successor path with X-Version, via the resolver', async () => {
    const resolver = vi.fn(successorIds);
    configure({ route: 'successor', resolveSuccessorIds: resolver });
    const result = await exportSampleAttachment(IDS, options());
    expect(resolver).toHaveBeenCalledWith(IDS, { baseUrl: h.sim.url });
    const [post] = h.sim.requests;
    expect(post!.kind).toBe('export-successor');
    expect(post!.path).toBe('/testForms/audit-1/testPhases/phase-9/matrices/m%2F3/samples/s4/attachments/att-5/export');
    expect(post!.headers['x-version']).toBe(SAMPLE_ATTACHMENT_EXPORT.successor!.apiVersion);
    expect(h.sim.requestsOf('poll')[0]!.path).toBe(`/operations/${h.sim.operations[0]!.id}`);
    expect(result.route).toBe('successor');
    // Same file as the legacy route would have produced.
    expect(await bytesOf(result.response)).toEqual(expectedPdfBytes(IDS));
  });

  it('takes the route from WORKIVA_SUNSET_ROUTE, the mapping from configure()', async () => {
    vi.stubEnv(ROUTE_ENV_VAR, 'successor');
    configure({ resolveSuccessorIds: successorIds });
    await exportSampleAttachment(IDS, options());
    expect(h.sim.requests[0]!.kind).toBe('export-successor');
  });

  it('lets configure({ route: "legacy" }) override the environment', async () => {
    vi.stubEnv(ROUTE_ENV_VAR, 'successor');
    configure({ route: 'legacy' });
    await exportSampleAttachment(IDS, options());
    expect(h.sim.requests[0]!.kind).toBe('export-legacy');
  });

  it('discovers the successor ids when the successor route has no resolver (no test forms here: a clear 404 error, no export sent)', async () => {
    vi.stubEnv(ROUTE_ENV_VAR, 'successor');
    const error = (await rejectionOf(exportSampleAttachment(IDS, options()))) as WorkivaSunsetError;
    expect(error.code).toBe('SUCCESSOR_TEST_FORM_NOT_FOUND');
    expect(error.message).toContain('configure({ resolveSuccessorIds })');
    expect(h.sim.requests.map((request) => request.kind)).toEqual(['test-phases']);
  });

  it('rejects an unknown WORKIVA_SUNSET_ROUTE value', () => {
    expect(() => resolveRoute(Date.parse('2026-06-01'), { [ROUTE_ENV_VAR]: 'succesor' })).toThrow(/must be 'legacy' or 'successor'/);
  });

  it('fails fast with zero requests from the sunset day on when no switch is set', async () => {
    h.clock.set(SUNSET_DAY);
    const error = (await rejectionOf(exportSampleAttachment(IDS, options()))) as WorkivaSunsetError;
    expect(error.code).toBe('SUNSET_ROUTE_REQUIRED');
    expect(error.message).toContain("configure({ route: 'successor' })");
    expect(error.message).toContain('workiva-sunset preflight');
    expect(error.message).toContain(`${ROUTE_ENV_VAR}=successor`);
    expect(h.sim.requests).toHaveLength(0);
  });

  it('still uses the legacy route on the day before the sunset', async () => {
    h.clock.set(Date.parse(SUNSET_DAY) - 1);
    const result = await exportSampleAttachment(IDS, options());
    expect(result.route).toBe('legacy');
  });

  it('works past the sunset once switched, while the sunset server refuses the legacy route', async () => {
    h.clock.set(SUNSET_DAY);
    h.sim.set({ sunset: 'auto' });
    configure({ route: 'legacy' });
    const refused = (await rejectionOf(exportSampleAttachment(IDS, options()))) as WorkivaSunsetError;
    expect(refused.status).toBe(410);
    configure({ route: 'successor', resolveSuccessorIds: async (ids) => successorIds(ids) });
    const result = await exportSampleAttachment(IDS, options());
    expect(await bytesOf(result.response)).toEqual(expectedPdfBytes(IDS));
  });

  it('rejects a resolver result that lacks an id', async () => {
    configure({ route: 'successor', resolveSuccessorIds: (ids) => ({ ...successorIds(ids), testPhaseId: '' }) });
    const error = (await rejectionOf(exportSampleAttachment(IDS, options()))) as WorkivaSunsetError;
    expect(error.code).toBe('INVALID_CONFIGURATION');
    expect(error.message).toContain('testPhaseId');
    expect(h.sim.requests).toHaveLength(0);
  });
});

describe('successorIdsWithInferredTestForm', () => {
  const legacy: LegacySampleAttachmentIds = { auditId: 7, procedureId: 8, matrixId: 9, sampleId: 10, attachmentId: 11 };

  it('maps testFormId = auditId and takes testPhaseId from the caller, never from procedureId', () => {
    expect(successorIdsWithInferredTestForm(legacy, { testPhaseId: 'phase-x' })).toEqual({
      testFormId: '7',
      testPhaseId: 'phase-x',
      matrixId: '9',
      sampleId: '10',
      attachmentId: '11',
    });
  });

  it('refuses to run without a testPhaseId', () => {
    expect(() => successorIdsWithInferredTestForm(legacy, { testPhaseId: '' })).toThrow(WorkivaSunsetError);
  });
});
