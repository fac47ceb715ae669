// The simulator's test forms (2026-01-01): the paginated test phase listing with `$expand=matrices`,
// one phase by id, 404 for unknown ids, and the check that a successor export names the phase that
// really lists its matrix.
import type { SimulatedTestForm, SimulatedTestPhase } from './types.js';

export interface JsonAnswer {
  readonly status: number;
  readonly body: unknown;
  /** Seconds for a `Retry-After` header, if the answer carries one. */
  readonly retryAfterSeconds?: number;
}

function unavailable(form: SimulatedTestForm): JsonAnswer | undefined {
  if (form.unavailable === undefined) return undefined;
  const { status, retryAfterSeconds } = form.unavailable;
  return { status, body: { code: `${status}Unavailable`, message: `Test form ${form.id} is unavailable (simulated)` }, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) };
}

function notFound(message: string): JsonAnswer {
  return { status: 404, body: { code: '404NotFound', message } };
}

function phaseJson(phase: SimulatedTestPhase, expandMatrices: boolean): Record<string, unknown> {
  const json: Record<string, unknown> = { id: phase.id, name: phase.name };
  if (expandMatrices) json['matrices'] = phase.matrices.map((matrix) => ({ id: matrix.id, name: matrix.name ?? `Matrix ${matrix.id}` }));
  return json;
}

function expands(query: URLSearchParams, what: string): boolean {
  return (query.get('$expand') ?? '').split(',').map((part) => part.trim()).includes(what);
}

export interface ListingRequest {
  readonly forms: readonly SimulatedTestForm[];
  readonly testFormId: string;
  readonly query: URLSearchParams;
  readonly pageSize: number;
  /** Origin the `@nextLink` points at. */
  readonly nextOrigin: string;
}

/** `GET /testForms/{testFormId}/testPhases`: one page, and an opaque `@nextLink` unless it is the last. */
export function listTestPhasesAnswer(request: ListingRequest): JsonAnswer {
  const form = request.forms.find((candidate) => candidate.id === request.testFormId);
  if (!form) return notFound(`No test form ${request.testFormId}`);
  const refused = unavailable(form);
  if (refused) return refused;
  const size = Math.max(1, request.pageSize);
  const skip = Number(request.query.get('$skiptoken') ?? '0');
  if (!Number.isInteger(skip) || skip < 0) return { status: 400, body: { code: '400BadRequest', message: 'Invalid $skiptoken' } };
  const expandMatrices = expands(request.query, 'matrices');
  const body: Record<string, unknown> = { data: form.phases.slice(skip, skip + size).map((phase) => phaseJson(phase, expandMatrices)) };
  if (skip + size < form.phases.length) {
    const next = new URLSearchParams(request.query);
    next.set('$skiptoken', String(skip + size));
    body['@nextLink'] = `${request.nextOrigin}/testForms/${encodeURIComponent(form.id)}/testPhases?${next.toString()}`;
  }
  return { status: 200, body };
}

/** `GET /testForms/{testFormId}/testPhases/{testPhaseId}`. */
export function testPhaseAnswer(forms: readonly SimulatedTestForm[], testFormId: string, testPhaseId: string, query: URLSearchParams): JsonAnswer {
  const form = forms.find((candidate) => candidate.id === testFormId);
  if (!form) return notFound(`No test form ${testFormId}`);
  const refused = unavailable(form);
  if (refused) return refused;
  const phase = form.phases.find((candidate) => candidate.id === testPhaseId);
  if (!phase) return notFound(`No test phase ${testPhaseId} in test form ${testFormId}`);
  return { status: 200, body: phaseJson(phase, expands(query, 'matrices')) };
}

/** Why a successor export's ids do not name a real matrix of a real phase, or undefined when they do. */
export function successorIdsProblem(forms: readonly SimulatedTestForm[], ids: Readonly<Record<string, string>>): string | undefined {
  const form = forms.find((candidate) => candidate.id === ids['testFormId']);
  if (!form) return `No test form ${ids['testFormId']}`;
  const phase = form.phases.find((candidate) => candidate.id === ids['testPhaseId']);
  if (!phase) return `No test phase ${ids['testPhaseId']} in test form ${form.id}`;
  if (!phase.matrices.some((matrix) => matrix.id === ids['matrixId'])) return `No matrix ${ids['matrixId']} in test phase ${phase.id} of test form ${form.id}`;
  return undefined;
}
