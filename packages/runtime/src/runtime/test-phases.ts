// Reads a test form's phases with their matrices from the 2026-01-01 API
// (`GET /testForms/{testFormId}/testPhases?$expand=matrices`, every `@nextLink` page), with the
// export's session: same credentials, trusted origins, X-Version, 429/Retry-After, deadline and abort.
import { SAMPLE_ATTACHMENT_EXPORT } from '../catalog/endpoints.js';
import { joinApiPath } from './base-url.js';
import { errorFromAnswer, WorkivaSunsetError } from './errors.js';
import type { SessionWithRoot } from './session.js';
import { readErrorText, readJson, send } from './transport.js';

const SUCCESSOR = SAMPLE_ATTACHMENT_EXPORT.successor!;

/** Pages followed at most: a server that keeps handing out `@nextLink`s must not keep a batch busy forever. */
export const MAX_TEST_PHASE_PAGES = 200;

/** One phase of a test form, as discovery needs it. */
export interface TestPhaseSummary {
  readonly id: string;
  readonly name: string | undefined;
  readonly matrixIds: readonly string[];
}

/** The URL of the first listing page. */
export function testPhasesUrl(session: SessionWithRoot, testFormId: string): string {
  return `${joinApiPath(session.root, `/testForms/${encodeURIComponent(testFormId)}/testPhases`)}?$expand=matrices`;
}

/** Thrown (and recognised by discovery) when the test form itself is unknown: the listing answered 404. */
export class TestFormNotFound extends Error {
  constructor(readonly error: WorkivaSunsetError) {
    super(error.message);
  }
}

/** Every phase of `testFormId`, across all pages. */
export async function listTestPhases(session: SessionWithRoot, testFormId: string): Promise<TestPhaseSummary[]> {
  const phases: TestPhaseSummary[] = [];
  const seen = new Set<string>();
  let url: string | undefined = testPhasesUrl(session, testFormId);
  for (let page = 1; url !== undefined; page++) {
    if (page > MAX_TEST_PHASE_PAGES || seen.has(url)) {
      throw new WorkivaSunsetError({ code: 'INVALID_RESPONSE', message: `The test phases of test form ${testFormId} did not end after ${page - 1} pages (an @nextLink repeats or never ends)`, url });
    }
    seen.add(url);
    const body = await getPage(session, url, testFormId);
    phases.push(...parsePhases(body, url));
    url = nextLink(session, body, url);
  }
  return phases;
}

async function getPage(session: SessionWithRoot, url: string, testFormId: string): Promise<unknown> {
  const received = await send(session, { method: 'GET', url, headers: { Accept: 'application/json', 'X-Version': SUCCESSOR.apiVersion } });
  if (received.response.ok) return readJson(session, received, 'GET');
  const error = errorFromAnswer('GET', url, received.response, await readErrorText(session, received, 'GET'));
  if (received.response.status === 404 && url === testPhasesUrl(session, testFormId)) throw new TestFormNotFound(error);
  throw error;
}

function invalid(url: string, what: string): WorkivaSunsetError {
  return new WorkivaSunsetError({ code: 'INVALID_RESPONSE', message: `GET ${url} returned ${what}, not a test phase list ({ data: TestPhase[] })`, url });
}

function parsePhases(body: unknown, url: string): TestPhaseSummary[] {
  const data = (body as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) throw invalid(url, 'JSON without a data array');
  return data.map((phase: unknown) => {
    const { id, name, matrices } = (phase ?? {}) as { id?: unknown; name?: unknown; matrices?: unknown };
    if (typeof id !== 'string' || id === '') throw invalid(url, 'a phase without an id');
    // Without `$expand=matrices` honoured, the matrices are missing: that is a server answer we cannot use.
    if (!Array.isArray(matrices)) throw invalid(url, `phase ${id} without its matrices (was $expand=matrices ignored?)`);
    const matrixIds = matrices.map((matrix: unknown) => (matrix as { id?: unknown } | null)?.id).filter((matrixId): matrixId is string => typeof matrixId === 'string');
    return { id, name: typeof name === 'string' ? name : undefined, matrixIds };
  });
}

/** The next page's absolute URL, or undefined on the last page; refused when it leaves the trusted origins. */
function nextLink(session: SessionWithRoot, body: unknown, from: string): string | undefined {
  const link = (body as Record<string, unknown>)['@nextLink'];
  if (link === undefined || link === null || link === '') return undefined;
  if (typeof link !== 'string' || !URL.canParse(link, from)) throw invalid(from, `an @nextLink that is not a URL (${JSON.stringify(link)})`);
  const url = new URL(link, from).href;
  if (!session.trust.isTrusted(url)) {
    throw new WorkivaSunsetError({
      code: 'UNTRUSTED_LOCATION',
      message: `Refusing to follow the @nextLink ${url} of GET ${from}: it is not on the API origin ${session.trust.apiOrigin} nor in trustedOrigins, and the listing sends the bearer token`,
      url,
    });
  }
  return url;
}
