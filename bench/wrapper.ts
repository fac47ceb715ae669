// `npm run bench:wrapper`: exports against the local simulator over real HTTP.
//  1. Real clock, Retry-After 1 s: requests per export (goal: 1 POST, 0 early polls, 1 download) and the
//     time spent beyond the announced Retry-After waits (goal < 20 ms), against a hand-written raw-fetch
//     baseline of the same sequence measured in the same run.
//  2. Virtual clock (waits cost nothing): the wrapper's per-export HTTP + CPU cost over many exports, against
//     the same baseline.
import { exportSampleAttachment, type Clock, type LegacySampleAttachmentIds, type Operation } from 'workiva-sunset';
import { systemClock } from '../packages/runtime/src/runtime/clock.js';
import { createVirtualClock, startSimulator, type Simulator } from '../src/testing/index.js';

const IDS: LegacySampleAttachmentIds = { auditId: 'audit-1', procedureId: 'proc-2', matrixId: 'm-3', sampleId: 's-4', attachmentId: 'att-5' };
const REAL_EXPORTS = 3;
const VIRTUAL_EXPORTS = 200;
const OVERHEAD_GOAL_MS = 20;

/** The sequence as a careful developer would hand-write it with fetch: the baseline. */
async function baselineExport(sim: Simulator, clock: Clock): Promise<number> {
  const auth = { Authorization: `Bearer ${sim.token}` };
  const started = await fetch(sim.legacyExportUrl(IDS), {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  });
  await started.arrayBuffer();
  const location = started.headers.get('location')!;
  let retryAfter = Number(started.headers.get('retry-after') ?? 1);
  for (;;) {
    await clock.sleep(retryAfter * 1000);
    const poll = await fetch(location, { headers: auth });
    const operation = (await poll.json()) as Operation;
    if (operation.status === 'completed') {
      const file = await fetch(operation.resourceUrl!, { headers: auth });
      return (await file.arrayBuffer()).byteLength;
    }
    retryAfter = Number(poll.headers.get('retry-after') ?? 1);
  }
}

async function wrapperExport(sim: Simulator, clock: Clock): Promise<number> {
  const result = await exportSampleAttachment(IDS, { baseUrl: sim.url, token: sim.token, clock });
  return (await result.response.arrayBuffer()).byteLength;
}

interface Measured {
  posts: number;
  polls: number;
  downloads: number;
  early: number;
  overheadMs: number;
}

async function measure(sim: Simulator, clock: Clock, run: (sim: Simulator, clock: Clock) => Promise<number>): Promise<Measured> {
  sim.reset();
  const start = performance.now();
  await run(sim, clock);
  const elapsed = performance.now() - start;
  const announced = sim.requests.reduce((sum, request) => sum + (request.announcedWaitMs ?? 0), 0);
  return {
    posts: sim.requestsOf('export-legacy').length,
    polls: sim.requestsOf('poll').length,
    downloads: sim.requestsOf('download').length,
    early: sim.earlyPolls().length,
    overheadMs: elapsed - announced,
  };
}

const fmt = (ms: number): string => `${ms.toFixed(2)} ms`;
const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

async function realClockSection(): Promise<boolean> {
  const sim = await startSimulator({ clock: systemClock, retryAfterSeconds: 1, pollsUntilComplete: 1 });
  try {
    await wrapperExport(sim, systemClock); // warm-up: connections, JIT
    const wrapper: Measured[] = [];
    const baseline: Measured[] = [];
    for (let i = 0; i < REAL_EXPORTS; i++) {
      wrapper.push(await measure(sim, systemClock, wrapperExport));
      baseline.push(await measure(sim, systemClock, baselineExport));
    }
    console.log(`\n[real clock] ${REAL_EXPORTS} exports each, Retry-After 1 s on the 202 and the non-terminal poll`);
    console.log('export  wrapper: POST polls download early  beyond Retry-After | baseline: beyond Retry-After');
    wrapper.forEach((w, i) => {
      const b = baseline[i]!;
      console.log(`  #${i + 1}            ${w.posts}    ${w.polls}       ${w.downloads}     ${w.early}    ${fmt(w.overheadMs).padStart(10)}      |           ${fmt(b.overheadMs).padStart(10)}`);
    });
    const w = mean(wrapper.map((m) => m.overheadMs));
    const b = mean(baseline.map((m) => m.overheadMs));
    console.log(`mean time beyond announced Retry-After: wrapper ${fmt(w)}, baseline ${fmt(b)}, ratio ${(w / b).toFixed(2)}x (goal < ${OVERHEAD_GOAL_MS} ms: ${w < OVERHEAD_GOAL_MS ? 'met' : 'MISSED'})`);
    return wrapper.every((m) => m.posts === 1 && m.downloads === 1 && m.early === 0);
  } finally {
    await sim.close();
  }
}

async function virtualClockSection(): Promise<boolean> {
  const clock = createVirtualClock();
  const sim = await startSimulator({ clock, retryAfterSeconds: 1, pollsUntilComplete: 2 });
  try {
    const time = async (run: (sim: Simulator, clock: Clock) => Promise<number>): Promise<{ perExport: number; ok: boolean }> => {
      let ok = true;
      const start = performance.now();
      for (let i = 0; i < VIRTUAL_EXPORTS; i++) {
        const measured = await measure(sim, clock, run);
        ok &&= measured.posts === 1 && measured.downloads === 1 && measured.early === 0;
      }
      return { perExport: (performance.now() - start) / VIRTUAL_EXPORTS, ok };
    };
    await time(wrapperExport); // warm-up
    const baseline = await time(baselineExport);
    const wrapper = await time(wrapperExport);
    console.log(`\n[virtual clock] ${VIRTUAL_EXPORTS} exports each (1 POST + 3 polls + 1 download), waits skipped`);
    console.log(`real time per export: wrapper ${fmt(wrapper.perExport)}, baseline ${fmt(baseline.perExport)}, ratio ${(wrapper.perExport / baseline.perExport).toFixed(2)}x`);
    return wrapper.ok;
  } finally {
    await sim.close();
  }
}

const started = performance.now();
const realOk = await realClockSection();
const virtualOk = await virtualClockSection();
console.log(`\nrequest-count goals (1 POST, no early poll, 1 download): ${realOk && virtualOk ? 'met' : 'MISSED'}; bench took ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = realOk && virtualOk ? 0 : 1;
