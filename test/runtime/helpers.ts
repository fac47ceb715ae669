// Shared fixtures of the runtime tests: ids, a successor resolver, and one simulator + virtual clock per file.
import { afterAll, beforeAll, beforeEach, vi } from 'vitest';
import { resetConfiguration, ROUTE_ENV_VAR, type LegacySampleAttachmentIds, type SuccessorSampleAttachmentIds } from 'workiva-sunset';
import { createVirtualClock, startSimulator, type Simulator, type SimulatorOptions, type VirtualClock } from '../../src/testing/index.js';

/** A slash and a space in the ids: they must arrive percent-encoded in the path. */
export const IDS: LegacySampleAttachmentIds = { auditId: 'audit-1', procedureId: 'proc 2', matrixId: 'm/3', sampleId: 's4', attachmentId: 'att-5' };

export const START = '2026-06-01T00:00:00.000Z';

export function successorIds(legacy: LegacySampleAttachmentIds): SuccessorSampleAttachmentIds {
  return { testFormId: String(legacy.auditId), testPhaseId: 'phase-9', matrixId: String(legacy.matrixId), sampleId: String(legacy.sampleId), attachmentId: String(legacy.attachmentId) };
}

export async function bytesOf(response: Response): Promise<Uint8Array> {
  return new Uint8Array(await response.arrayBuffer());
}

export interface Harness {
  sim: Simulator;
  clock: VirtualClock;
}

/** One simulator per test file, reset (with the clock at START and routing unset) before each test. */
export function useSimulator(options: SimulatorOptions = {}): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    harness.clock = createVirtualClock(START);
    harness.sim = await startSimulator({ clock: harness.clock, ...options });
  });
  afterAll(async () => {
    await harness.sim.close();
  });
  beforeEach(() => {
    harness.sim.reset();
    harness.clock.set(START);
    resetConfiguration();
    vi.unstubAllEnvs();
    // The ambient environment must not pick the route for the tests.
    vi.stubEnv(ROUTE_ENV_VAR, '');
  });
  return harness;
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject');
}
