// `npm run bench:scale`: exports at scale against the simulator with rate limits, over real HTTP.
//  1. Many concurrent exports (`exportSampleAttachment` called N times at once) against an operations
//     endpoint limited to R requests/s: succeeded, early polls, 429s against the minimum number of polls,
//     and wall time against the floor (minimum polls / R). Time runs --scale× faster than the wall clock
//     (a shared scaled clock: waits really pass, in order), so the 30 s floor takes a few seconds.
//  2. 1,000 exports of 10 MB PDFs streamed to files with concurrency 16 (the batch API): peak RSS.
//  3. One export alone, real clock: 1 POST, polls as announced, 1 download, time beyond the waits.
// Options: --trace (polls per second), --scale <factor> (default 2; more distorts timing on a loaded machine), --pdfs <count> (default 1000), --mb <size> (default 10), --only <1|2|3>.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportSampleAttachment, exportSampleAttachments, type LegacySampleAttachmentIds } from 'workiva-sunset';
import { createScaledClock, startSimulator, type Simulator } from '../src/testing/index.js';
import { systemClock } from '../packages/runtime/src/runtime/clock.js';

const { values: args } = parseArgs({
  options: { trace: { type: 'boolean', default: false }, scale: { type: 'string', default: '2' }, pdfs: { type: 'string', default: '1000' }, mb: { type: 'string', default: '10' }, only: { type: 'string' } },
});
const SCALE = Number(args.scale);
const idsOf = (index: number): LegacySampleAttachmentIds => ({ auditId: 'audit-1', procedureId: 'proc-2', matrixId: 'm-3', sampleId: `s-${index}`, attachmentId: `att-${index}` });
const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');
let allMet = true;

async function concurrentExports(exports: number, perSecond: number): Promise<void> {
  const clock = createScaledClock(SCALE);
  const pollsUntilComplete = 2;
  const sim = await startSimulator({ clock, retryAfterSeconds: 1, pollsUntilComplete, rateLimits: { poll: perSecond } });
  try {
    const started = clock.now();
    const outcomes = await Promise.allSettled(
      Array.from({ length: exports }, async (_, index) => {
        const result = await exportSampleAttachment(idsOf(index), { baseUrl: sim.url, token: sim.token, clock });
        await result.response.arrayBuffer();
      }),
    );
    const wallMs = clock.now() - started;
    const succeeded = outcomes.filter((outcome) => outcome.status === 'fulfilled').length;
    const firstError = outcomes.find((outcome) => outcome.status === 'rejected');
    const minimumPolls = exports * (pollsUntilComplete + 1);
    const throttled = sim.requests.filter((request) => request.status === 429).length;
    const floorMs = (minimumPolls / perSecond) * 1_000;
    const early = sim.earlyPolls().length;
    const met = { succeeded: succeeded === exports, early: early === 0, throttled: throttled <= minimumPolls * 0.1, wall: wallMs <= floorMs * 1.5 };
    console.log(`\n[1] ${exports} concurrent exports, operations limited to ${perSecond} req/s (Retry-After 1 s, ${pollsUntilComplete + 1} polls each; clock ×${SCALE})`);
    console.log(`  succeeded        ${succeeded}/${exports}   (goal ${exports}/${exports}: ${verdict(met.succeeded)})`);
    console.log(`  early polls      ${early}   (goal 0: ${verdict(met.early)})`);
    console.log(`  polls            ${sim.requestsOf('poll').length} (minimum ${minimumPolls})`);
    console.log(`  429s             ${throttled} = ${((throttled / minimumPolls) * 100).toFixed(1)} % of the minimum polls   (goal ≤ 10 %: ${verdict(met.throttled)})`);
    console.log(`  wall time        ${(wallMs / 1000).toFixed(1)} s = ${(wallMs / floorMs).toFixed(2)}× the floor of ${(floorMs / 1000).toFixed(1)} s   (goal ≤ 1.5×: ${verdict(met.wall)})`);
    if (args.trace) console.log(`  per second       ${perSecond429s(sim, started)}`);
    if (firstError?.status === 'rejected') console.log(`  first error      ${String((firstError.reason as Error).message)}`);
    allMet &&= Object.values(met).every(Boolean);
  } finally {
    await sim.close();
  }
}

/** `second:accepted/throttled` polls, for --trace. */
function perSecond429s(sim: Simulator, started: number): string {
  const seconds = new Map<number, [number, number]>();
  for (const poll of sim.requestsOf('poll')) {
    const second = Math.floor((poll.time - started) / 1000);
    const counts = seconds.get(second) ?? [0, 0];
    counts[poll.status === 429 ? 1 : 0]++;
    seconds.set(second, counts);
  }
  return [...seconds].map(([second, [accepted, throttled]]) => `${second}:${accepted}/${throttled}`).join(' ');
}

async function streamedToFiles(count: number, megabytes: number, concurrency: number): Promise<void> {
  const clock = createScaledClock(SCALE);
  const sim = await startSimulator({ clock, retryAfterSeconds: 1, pollsUntilComplete: 0, downloadBytes: megabytes * 1024 * 1024 });
  const directory = mkdtempSync(path.join(tmpdir(), 'workiva-sunset-scale-'));
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const startRss = peakRss;
  try {
    const ids = Array.from({ length: count }, (_, index) => idsOf(index));
    let succeeded = 0;
    let bytes = 0;
    const started = performance.now();
    for await (const result of exportSampleAttachments(ids, {
      baseUrl: sim.url,
      token: sim.token,
      clock,
      concurrency,
      destination: (_, index) => path.join(directory, `${index}.pdf`),
    })) {
      if (!result.ok) throw result.error;
      succeeded++;
      bytes += statSync(result.path!).size;
      rmSync(result.path!);
    }
    const seconds = (performance.now() - started) / 1000;
    const peakMb = peakRss / 1024 / 1024;
    console.log(`\n[2] ${count} exports of ${megabytes} MB PDFs streamed to files, concurrency ${concurrency}`);
    console.log(`  succeeded        ${succeeded}/${count}, ${(bytes / 1024 ** 3).toFixed(2)} GiB written in ${seconds.toFixed(1)} s`);
    console.log(`  peak RSS         ${peakMb.toFixed(0)} MB (at start ${(startRss / 1024 / 1024).toFixed(0)} MB)   (goal < 200 MB: ${verdict(peakMb < 200)})`);
    allMet &&= succeeded === count && peakMb < 200;
  } finally {
    clearInterval(sampler);
    rmSync(directory, { recursive: true, force: true });
    await sim.close();
  }
}

async function oneExportAlone(): Promise<void> {
  const sim = await startSimulator({ clock: systemClock, retryAfterSeconds: 1, pollsUntilComplete: 1 });
  try {
    const ids = idsOf(0);
    await (await exportSampleAttachment(ids, { baseUrl: sim.url, token: sim.token })).response.arrayBuffer(); // warm-up
    sim.reset();
    const started = performance.now();
    await (await exportSampleAttachment(ids, { baseUrl: sim.url, token: sim.token })).response.arrayBuffer();
    const beyond = performance.now() - started - sim.requests.reduce((sum, request) => sum + (request.announcedWaitMs ?? 0), 0);
    const posts = sim.requestsOf('export-legacy').length;
    const downloads = sim.requestsOf('download').length;
    const ok = posts === 1 && downloads === 1 && sim.earlyPolls().length === 0 && sim.requestsOf('poll').length === 2 && beyond < 20;
    console.log(`\n[3] one export alone, real clock (Retry-After 1 s, 2 polls)`);
    console.log(`  ${posts} POST, ${sim.requestsOf('poll').length} polls (${sim.earlyPolls().length} early), ${downloads} download, ${beyond.toFixed(1)} ms beyond the announced waits   (goal 1/2/1, 0 early, < 20 ms: ${verdict(ok)})`);
    allMet &&= ok;
  } finally {
    await sim.close();
  }
}

const sections: Record<string, () => Promise<void>> = {
  '1': async () => {
    await concurrentExports(60, 10);
    await concurrentExports(200, 20);
  },
  '2': () => streamedToFiles(Number(args.pdfs), Number(args.mb), 16),
  '3': oneExportAlone,
};
for (const [name, run] of Object.entries(sections)) if (args.only === undefined || args.only === name) await run();
console.log(`\ntargets: ${verdict(allMet)}`);
process.exitCode = allMet ? 0 : 1;
