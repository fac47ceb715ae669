// Exports at scale (issue 12): the simulator's rate limits, 429 as a wait bounded by the deadline, the
// shared adaptive pacing, the batch API (streaming, failures, abort) and a Bottleneck `rateLimiter`.
// Real HTTP to the simulator throughout; where many exports run at once the clock is a scaled one (waits
// really pass, in order, only faster), since the virtual clock jumps to each sleeper's target at once.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Bottleneck from 'bottleneck';
import { afterEach, describe, expect, it } from 'vitest';
import {
  exportSampleAttachment,
  exportSampleAttachmentAsFetchResponse,
  exportSampleAttachments,
  WorkivaSunsetError,
  type BatchExportResult,
  type BatchProgress,
  type ExportOptions,
  type LegacySampleAttachmentIds,
} from 'workiva-sunset';
import { createScaledClock, expectedPdfBytes, startSimulator, type Simulator } from '../../src/testing/index.js';
import { Pacer } from '../../packages/runtime/src/runtime/pacing.js';
import { bytesOf, IDS, rejectionOf, START, useSimulator } from './helpers.js';

const h = useSimulator();
const options = (): Omit<ExportOptions, 'onProgress'> => ({ baseUrl: h.sim.url, token: h.sim.token, clock: h.clock });
const idsOf = (index: number): LegacySampleAttachmentIds => ({ ...IDS, sampleId: `s-${index}`, attachmentId: `att-${index}` });
const elapsed = (): number => h.clock.now() - Date.parse(START);

/** Simulators on a scaled clock, closed after each test. */
const scaled: Simulator[] = [];
afterEach(async () => {
  await Promise.all(scaled.splice(0).map((sim) => sim.close()));
});
async function scaledSimulator(factor: number, perSecond: number): Promise<Simulator> {
  const sim = await startSimulator({ clock: createScaledClock(factor), retryAfterSeconds: 1, pollsUntilComplete: 2, rateLimits: { poll: perSecond } });
  scaled.push(sim);
  return sim;
}

async function collect(results: AsyncIterable<BatchExportResult>): Promise<BatchExportResult[]> {
  const all: BatchExportResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}

describe('the simulator enforces request rates', () => {
  it('answers 429 + Retry-After beyond the limit per endpoint, counting each token on its own when asked', async () => {
    h.sim.set({ rateLimits: { poll: 2, perToken: true } });
    const { headers } = await fetch(h.sim.legacyExportUrl(IDS), {
      method: 'POST',
      headers: { Authorization: `Bearer ${h.sim.token}`, 'Content-Type': 'application/json' },
      body: '{"format":"pdf"}',
    });
    h.clock.advance(1_000);
    const poll = (token: string) => fetch(headers.get('location')!, { headers: { Authorization: `Bearer ${token}` } });
    const answers = [await poll(h.sim.token), await poll(h.sim.token), await poll(h.sim.token), await poll(h.sim.issueToken())];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 429, 200]);
    expect(answers[2]!.headers.get('retry-after')).toBe('1');
    expect(await answers[2]!.json()).toMatchObject({ code: '429TooManyRequests' });
  });
});

describe('a 429 is a wait, not a failure', () => {
  it('a storm of ten 429s on the polls ends, and the export with it, though maxAttempts is 4', async () => {
    h.sim.inject('poll', { kind: 'status', status: 429, retryAfter: 2 }, 10);
    const result = await exportSampleAttachment(IDS, { ...options(), maxAttempts: 4 });
    expect(h.sim.requestsOf('poll').map((poll) => poll.status)).toEqual([...Array<number>(10).fill(429), 200, 200, 200]);
    expect(h.sim.earlyPolls()).toEqual([]);
    // After the storm the pace set by its 429s may space the last polls a little more than announced.
    expect(elapsed()).toBeGreaterThanOrEqual(1_000 + 10 * 2_000 + 1_000 + 1_000);
    expect(elapsed()).toBeLessThanOrEqual(30_000);
    expect(await bytesOf(result.response)).toEqual(expectedPdfBytes(IDS));
  });

  it('a 429 on the export POST is retried too, after its Retry-After', async () => {
    h.sim.inject('export', { kind: 'status', status: 429, retryAfter: 3 }, 5);
    await exportSampleAttachment(IDS, options());
    expect(h.sim.requestsOf('export-legacy').map((post) => post.status)).toEqual([429, 429, 429, 429, 429, 202]);
  });

  it('the deadline ends a throttled export with TIMEOUT, saying it was throttled', async () => {
    h.sim.inject('poll', { kind: 'status', status: 429, retryAfter: 5 }, 100);
    const error = await rejectionOf(exportSampleAttachment(IDS, { ...options(), timeoutMs: 30_000 }));
    expect(error).toBeInstanceOf(WorkivaSunsetError);
    expect((error as WorkivaSunsetError).code).toBe('TIMEOUT');
    expect((error as WorkivaSunsetError).message).toMatch(/^Timed out: GET http:\/\/127\.0\.0\.1:\d+\/prototype\/platform\/operations\/[\w-]+ is still throttled \(HTTP 429 6 times in a row\), and the retry its Retry-After asks for would come after the deadline/);
    expect(h.sim.earlyPolls()).toEqual([]);
  });

  it('a 503 without Retry-After still counts against maxAttempts', async () => {
    h.sim.inject('export', { kind: 'status', status: 503 }, 10);
    const error = await rejectionOf(exportSampleAttachment(IDS, { ...options(), maxAttempts: 2 }));
    expect((error as WorkivaSunsetError).status).toBe(503);
    expect(h.sim.requestsOf('export-legacy')).toHaveLength(2);
  });
});

describe('the shared pacing', () => {
  it('lets one export alone through without waiting', async () => {
    await exportSampleAttachment(IDS, options());
    expect(h.sim.requestsOf('poll').map((poll) => poll.time - Date.parse(START))).toEqual([1_000, 2_000, 3_000]);
  });

  it('lowers its rate once for a burst of 429s to requests sent at the old rate, under what the server accepted', () => {
    const clock = { now: () => 10_000, sleep: async () => undefined };
    const pacer = new Pacer(clock, () => 0);
    for (let i = 0; i < 8; i++) pacer.onAccepted(9_500);
    pacer.onThrottled(9_900, 10_000);
    const lowered = pacer.currentRate;
    expect(lowered).toBeCloseTo(8 * 0.7);
    pacer.onThrottled(9_950, 10_000);
    expect(pacer.currentRate).toBe(lowered);
  });

  it('serves waiting requests first in, first out', async () => {
    let now = 0;
    const clock = { now: () => now, sleep: async (ms: number) => void (now += ms) };
    const pacer = new Pacer(clock, () => 0);
    pacer.onThrottled(0, 0);
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map((index) => pacer.acquire().then(() => order.push(index))));
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it('30 concurrent exports against polls limited to 5/s all succeed, never early, with few 429s', async () => {
    const sim = await scaledSimulator(10, 5);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, async (_, index) => bytesOf((await exportSampleAttachment(idsOf(index), { baseUrl: sim.url, token: sim.token, clock: sim.clock })).response)),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
    expect(sim.earlyPolls()).toEqual([]);
    // Before pacing, 429s outnumbered the 90 polls needed and most exports failed on maxAttempts.
    expect(sim.requests.filter((request) => request.status === 429).length).toBeLessThanOrEqual(30);
  }, 30_000);

  it('the drop-ins share it: 30 concurrent fetch drop-ins all complete, never early', async () => {
    const sim = await scaledSimulator(10, 5);
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, index) => exportSampleAttachmentAsFetchResponse(idsOf(index), { baseUrl: sim.url, token: sim.token, clock: sim.clock })),
    );
    expect(responses.map((response) => response.status)).toEqual(Array<number>(30).fill(202));
    expect(sim.earlyPolls()).toEqual([]);
  }, 30_000);
});

describe('exportSampleAttachments (batch)', () => {
  it('a batch that hits the rate limit: every result arrives, tied to its ids, with progress', async () => {
    const sim = await scaledSimulator(10, 5);
    const progress: BatchProgress[] = [];
    const ids = Array.from({ length: 25 }, (_, index) => idsOf(index));
    const results = await collect(exportSampleAttachments(ids, { baseUrl: sim.url, token: sim.token, clock: sim.clock, concurrency: 25, onProgress: (p) => progress.push(p) }));
    expect(results).toHaveLength(25);
    for (const result of results) {
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.pdf).toEqual(expectedPdfBytes(ids[result.index]!));
      expect(result.ids).toBe(ids[result.index]);
    }
    expect(sim.earlyPolls()).toEqual([]);
    expect(progress.at(-1)).toEqual({ started: 25, succeeded: 25, failed: 0, running: 0 });
    expect(Math.max(...progress.map((p) => p.running))).toBe(25);
  }, 30_000);

  it('streams each PDF to its file, and one failure loses none of the others', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'workiva-sunset-batch-'));
    h.sim.inject('export', { kind: 'status', status: 404, code: '404NotFound' });
    const ids = [idsOf(0), idsOf(1), idsOf(2), idsOf(3)];
    const results = await collect(exportSampleAttachments(ids, { ...options(), concurrency: 1, destination: (_, index) => path.join(directory, `${index}.pdf`) }));
    expect(results.map((result) => [result.index, result.ok])).toEqual([[0, false], [1, true], [2, true], [3, true]]);
    const failed = results[0]!;
    expect(!failed.ok && (failed.error as WorkivaSunsetError).status).toBe(404);
    expect(existsSync(path.join(directory, '0.pdf'))).toBe(false);
    for (const index of [1, 2, 3]) expect(new Uint8Array(readFileSync(path.join(directory, `${index}.pdf`)))).toEqual(expectedPdfBytes(ids[index]!));
    expect(results.filter((result) => result.ok).map((result) => result.ok && result.bytes)).toEqual([1, 2, 3].map((index) => expectedPdfBytes(ids[index]!).byteLength));
  });

  it('streams into a web WritableStream', async () => {
    const chunks: Uint8Array[] = [];
    const sink = new WritableStream<Uint8Array>({ write: (chunk) => void chunks.push(chunk) });
    const [result] = await collect(exportSampleAttachments([IDS], { ...options(), destination: () => sink }));
    expect(result!.ok).toBe(true);
    expect(new Uint8Array(Buffer.concat(chunks))).toEqual(expectedPdfBytes(IDS));
  });

  it('abort in the middle of a batch: the results so far are kept, nothing more is sent, the loop throws the reason', async () => {
    const controller = new AbortController();
    const seen: BatchExportResult[] = [];
    const ids = Array.from({ length: 10 }, (_, index) => idsOf(index));
    const error = await rejectionOf(
      (async () => {
        for await (const result of exportSampleAttachments(ids, { ...options(), concurrency: 2, signal: controller.signal })) {
          seen.push(result);
          if (seen.length === 3) controller.abort(new Error('stop the sync'));
        }
      })(),
    );
    expect((error as Error).message).toBe('stop the sync');
    expect(seen.map((result) => result.ok)).toEqual([true, true, true]);
    // A request already on the wire may still arrive; after that, nothing.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const sent = h.sim.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(h.sim.requests.length).toBe(sent);
    expect(h.sim.requestsOf('export-legacy').length).toBeLessThanOrEqual(5);
  });

  it('refuses a concurrency that is not a whole number of at least 1', async () => {
    const error = await rejectionOf(collect(exportSampleAttachments([IDS], { ...options(), concurrency: 0 })));
    expect((error as WorkivaSunsetError).code).toBe('INVALID_CONFIGURATION');
  });
});

describe('rateLimiter: a Bottleneck limiter (shareable across processes through Redis)', () => {
  it('sends every request of every export through limiter.schedule', async () => {
    const limiter = new Bottleneck({ maxConcurrent: 1, minTime: 5 });
    let scheduled = 0;
    limiter.on('executing', () => void scheduled++);
    const results = await collect(exportSampleAttachments([idsOf(0), idsOf(1), idsOf(2)], { ...options(), rateLimiter: limiter }));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(scheduled).toBe(h.sim.requests.length);
    expect(scheduled).toBe(3 * 5);
  });

  it('refuses a rateLimiter without schedule()', async () => {
    const error = await rejectionOf(exportSampleAttachment(IDS, { ...options(), rateLimiter: {} as never }));
    expect((error as WorkivaSunsetError).code).toBe('INVALID_CONFIGURATION');
  });
});
