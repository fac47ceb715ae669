// Triggers every error the runtime wrapper raises, against the simulator (real HTTP on 127.0.0.1,
// virtual clock), and returns each message normalised the way docs/troubleshooting.md writes it.
import {
  configure,
  exportSampleAttachment,
  parseExportState,
  resetConfiguration,
  ROUTE_ENV_VAR,
  successorIdsWithInferredTestForm,
  WorkivaSunsetError,
  type ExportOptions,
  type LegacySampleAttachmentIds,
} from 'workiva-sunset';
import { createVirtualClock, startSimulator, type Simulator, type SimulatorOptions } from '../../src/testing/index.js';

/** The ids every example in the troubleshooting page uses. */
export const DOC_IDS: LegacySampleAttachmentIds = { auditId: 'a1', procedureId: 'p1', matrixId: 'm1', sampleId: 's1', attachmentId: 'att1' };
/** What the page shows instead of the simulator's two origins. */
export const DOC_API_ORIGIN = 'https://api.app.wdesk.com';
export const DOC_FOREIGN_ORIGIN = 'https://files.example.com';

export interface TriggeredError {
  readonly code: string;
  /** The message as the page quotes it (origins, ids and dates replaced by the page's placeholders). */
  readonly message: string;
}

/** Replaces what differs from run to run by what the page writes. */
export function normaliseWrapperMessage(message: string, sim: Pick<Simulator, 'url' | 'foreignUrl'>): string {
  return message
    .replaceAll(sim.url, DOC_API_ORIGIN)
    .replaceAll(sim.foreignUrl, DOC_FOREIGN_ORIGIN)
    .replace(/00000000-0000-4000-8000-\d{12}/g, '<operationId>')
    .replace(/10000000-0000-4000-8000-\d{12}/g, '<originalRequest>')
    .replace(/req-\d+/g, '<requestId>')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, '<deadline>')
    .replace(/(Network error on \w+ \S+): .*/, '$1: <cause>')
    // The server's own message and a body's first characters are Workiva's text, not ours.
    .replace(/(failed with HTTP \d+ \(\w+\)): .*? \[request id/, '$1: <message> [request id')
    .replace(/(with a body that is not JSON|not a PDF): .*/, '$1: <body>');
}

interface Case {
  readonly expectedCode: string;
  readonly simulator?: SimulatorOptions;
  /** Clock start; default before the sunset. */
  readonly at?: string;
  readonly env?: string;
  readonly setup?: (sim: Simulator) => void;
  readonly options?: (sim: Simulator) => ExportOptions;
  /** Instead of a whole export: any call that must throw. */
  readonly run?: (sim: Simulator, options: ExportOptions) => Promise<unknown>;
}

/** A proxy in front of the simulator that answers the download with its own HTML error page (no `code`). */
function htmlProxyFetch(): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes('/downloads/')) return new Response('<html><body>502 Bad Gateway</body></html>', { status: 502, headers: { 'Content-Type': 'text/html' } });
    return fetch(input, init);
  };
}

const CASES: readonly Case[] = [
  { expectedCode: 'SUNSET_ROUTE_REQUIRED', at: '2027-02-01T09:00:00Z' },
  // Discovery (the successor route without a mapping of your own): the test form, the phase, the listing's @nextLink.
  { expectedCode: 'SUCCESSOR_TEST_FORM_NOT_FOUND', simulator: { testForms: [] }, env: 'successor' },
  { expectedCode: 'SUCCESSOR_PHASE_NOT_FOUND', simulator: { testForms: [{ id: 'a1', phases: [{ id: 'tp1', name: 'Walkthrough', matrices: [{ id: 'm9' }] }] }] }, env: 'successor' },
  {
    expectedCode: 'SUCCESSOR_PHASE_AMBIGUOUS',
    simulator: { testForms: [{ id: 'a1', phases: [{ id: 'tp1', name: 'Walkthrough', matrices: [{ id: 'm1' }] }, { id: 'tp2', name: 'Follow Up', matrices: [{ id: 'm1' }] }] }] },
    env: 'successor',
  },
  {
    expectedCode: 'UNTRUSTED_LOCATION',
    simulator: { testForms: [{ id: 'a1', phases: [{ id: 'tp1', name: 'Planning', matrices: [] }, { id: 'tp2', name: 'Walkthrough', matrices: [] }, { id: 'tp3', name: 'Follow Up', matrices: [{ id: 'm1' }] }] }], nextLinkOrigin: 'foreign' },
    env: 'successor',
  },
  { expectedCode: 'OPERATION_FAILED', simulator: { outcome: 'failed', outcomeDetails: [{ code: 'ConversionFailed', message: 'The attachment cannot be converted to PDF' }] } },
  { expectedCode: 'OPERATION_CANCELLED', simulator: { outcome: 'cancelled', outcomeDetails: [{ code: 'Cancelled', message: 'The export was cancelled by a user' }] } },
  { expectedCode: 'TIMEOUT', simulator: { outcome: 'stuck', retryAfterSeconds: 60 }, options: () => ({ timeoutMs: 90_000 }) },
  { expectedCode: 'UNTRUSTED_LOCATION', simulator: { locationOrigin: 'foreign' } },
  { expectedCode: 'INVALID_RESPONSE', setup: (sim) => sim.inject('export', { kind: 'status', status: 200 }) },
  { expectedCode: 'INVALID_RESPONSE', setup: (sim) => sim.inject('export', { kind: 'status', status: 202 }) },
  { expectedCode: 'INVALID_RESPONSE', setup: (sim) => sim.inject('poll', { kind: 'invalid-json' }) },
  { expectedCode: 'INVALID_RESPONSE', setup: (sim) => sim.inject('download', { kind: 'html' }) },
  // A callback of yours threw: the token function, resolveSuccessorIds.
  {
    expectedCode: 'CALLBACK_FAILED',
    options: () => ({
      token: () => {
        throw new Error('token service unavailable');
      },
    }),
  },
  {
    expectedCode: 'CALLBACK_FAILED',
    setup: () =>
      configure({
        route: 'successor',
        resolveSuccessorIds: () => {
          throw new Error('no test phase known for procedure p1');
        },
      }),
  },
  { expectedCode: 'UNKNOWN_STATUS', simulator: { unknownStatus: 'paused', pollsUntilComplete: 10 } },
  { expectedCode: 'NETWORK', setup: (sim) => sim.inject('export', { kind: 'reset' }) },
  { expectedCode: 'TOO_MANY_REDIRECTS', simulator: { downloadRedirects: ['api', 'api', 'api'] }, options: () => ({ maxRedirects: 2 }) },
  { expectedCode: 'HTTP_ERROR', options: () => ({ fetch: htmlProxyFetch() }) },
  // A 429 is a wait, not an error: only the deadline ends a throttled export.
  { expectedCode: 'TIMEOUT', setup: (sim) => sim.inject('poll', { kind: 'status', status: 429, retryAfter: 60 }, 100), options: () => ({ timeoutMs: 150_000 }) },
  // Errors with the server's own code: the legacy route after the sunset, a refused token, a 503 that outlasts the retries.
  { expectedCode: '410Gone', at: '2027-02-01T09:00:00Z', simulator: { sunset: 'auto' }, setup: () => configure({ route: 'legacy' }) },
  { expectedCode: '401Unauthorized', options: () => ({ token: 'expired-token' }) },
  { expectedCode: '503ServiceUnavailable', setup: (sim) => sim.inject('poll', { kind: 'status', status: 503 }, 4) },
  // INVALID_CONFIGURATION, one case per message.
  { expectedCode: 'INVALID_CONFIGURATION', env: 'sucessor' },
  { expectedCode: 'INVALID_CONFIGURATION', run: async () => configure({ route: 'succesor' as 'successor' }) },
  {
    expectedCode: 'INVALID_CONFIGURATION',
    setup: () => configure({ route: 'successor', resolveSuccessorIds: (legacy) => ({ testFormId: String(legacy.auditId), testPhaseId: '', matrixId: 'm1', sampleId: 's1', attachmentId: 'att1' }) }),
  },
  { expectedCode: 'INVALID_CONFIGURATION', run: async () => successorIdsWithInferredTestForm(DOC_IDS, { testPhaseId: '' }) },
  { expectedCode: 'INVALID_CONFIGURATION', options: () => ({ baseUrl: 'api.app.wdesk.com' }) },
  { expectedCode: 'INVALID_CONFIGURATION', options: () => ({ token: () => '' }) },
  { expectedCode: 'INVALID_CONFIGURATION', options: () => ({ trustedOrigins: ['files.example.com'] }) },
  { expectedCode: 'INVALID_CONFIGURATION', run: (_sim, options) => exportSampleAttachment({ ...DOC_IDS, procedureId: '' }, options) },
  { expectedCode: 'INVALID_CONFIGURATION', run: (_sim, options) => exportSampleAttachment({ ...DOC_IDS, attachmentId: '..' }, options) },
  { expectedCode: 'INVALID_CONFIGURATION', options: () => ({ timeoutMs: -1 }) },
  { expectedCode: 'INVALID_CONFIGURATION', options: () => ({ token: 'abc\ndef' }) },
  { expectedCode: 'INVALID_CONFIGURATION', options: () => ({ headers: { 'X-Api-Key': 'abc\r\ndef' } }) },
  { expectedCode: 'INVALID_CONFIGURATION', run: async () => parseExportState('{"version":2}') },
];

async function runCase(testCase: Case): Promise<TriggeredError> {
  const clock = createVirtualClock(testCase.at ?? '2026-06-01T00:00:00Z');
  const sim = await startSimulator({ clock, retryAfterSeconds: 1, ...testCase.simulator });
  const savedRoute = process.env[ROUTE_ENV_VAR];
  if (testCase.env === undefined) delete process.env[ROUTE_ENV_VAR];
  else process.env[ROUTE_ENV_VAR] = testCase.env;
  resetConfiguration();
  try {
    testCase.setup?.(sim);
    const options: ExportOptions = { baseUrl: sim.url, token: sim.token, clock, ...testCase.options?.(sim) };
    try {
      await (testCase.run ? testCase.run(sim, options) : exportSampleAttachment(DOC_IDS, options).then((result) => result.response.arrayBuffer()));
    } catch (error) {
      if (!(error instanceof WorkivaSunsetError)) throw error;
      return { code: error.code, message: normaliseWrapperMessage(error.message, sim) };
    }
    throw new Error(`Expected ${testCase.expectedCode}, but the call succeeded`);
  } finally {
    resetConfiguration();
    if (savedRoute === undefined) delete process.env[ROUTE_ENV_VAR];
    else process.env[ROUTE_ENV_VAR] = savedRoute;
    await sim.close();
  }
}

/** Every case, in order, with the code it was expected to raise. */
export async function triggerWrapperErrors(): Promise<(TriggeredError & { readonly expectedCode: string })[]> {
  const results: (TriggeredError & { expectedCode: string })[] = [];
  for (const testCase of CASES) results.push({ expectedCode: testCase.expectedCode, ...(await runCase(testCase)) });
  return results;
}
