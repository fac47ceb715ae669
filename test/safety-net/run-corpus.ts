// Runs a blind corpus, unmodified, in a process where the safety net was loaded with `--import`:
// `node --import tsx --import @workiva-sunset/safety-net/register run-corpus.ts <corpus dir> <before|after>`.
// "after" puts the simulator in sunset mode (the legacy export answers 410) and configures only the
// id mapping; the route comes from WORKIVA_SUNSET_ROUTE. Prints one JSON line: outcomes and counters.
import { configure, successorIdsWithInferredTestForm } from 'workiva-sunset';
import { startSimulator } from '../../src/testing/index.js';
import { safetyNetStats } from '@workiva-sunset/safety-net';
import { listPrograms, runProgram, setProgramEnvironment } from '../blind-corpus/harness.js';

const [corpus, phase] = process.argv.slice(2);
if (!corpus || (phase !== 'before' && phase !== 'after')) throw new Error('usage: run-corpus.ts <corpus dir> <before|after>');

const sim = await startSimulator({ retryAfterSeconds: 1, pollsUntilComplete: 1 });
setProgramEnvironment(sim);
if (phase === 'after') {
  sim.set({ sunset: true });
  configure({ resolveSuccessorIds: (ids) => successorIdsWithInferredTestForm(ids, { testPhaseId: 'phase-1' }) });
}
const outcomes = await Promise.all(listPrograms(corpus).map((name) => runProgram(sim, corpus, name)));
const kinds = sim.requests.map((r) => r.kind);
await sim.close();
console.log(JSON.stringify({ outcomes, stats: safetyNetStats(), legacyExports: kinds.filter((k) => k === 'export-legacy').length, successorExports: kinds.filter((k) => k === 'export-successor').length }));
