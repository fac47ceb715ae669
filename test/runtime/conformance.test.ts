// Protocol conformance of exportSampleAttachment against the simulator: counts, waits, retries, failures.
import { describe, expect, it } from 'vitest';
import { exportSampleAttachment, WorkivaSunsetError, type Operation } from 'workiva-sunset';
import { expectedPdfBytes } from '../../src/testing/index.js';
import { bytesOf, IDS, rejectionOf, START, useSimulator } from './helpers.js';

const h = useSimulator();
const options = () => ({ baseUrl: h.sim.url, token: h.sim.token, clock: h.clock });
const elapsed = () => h.clock.now() - Date.parse(START);
const announcedTotal = () => h.sim.requests.reduce((sum, request) => sum + (request.announcedWaitMs ?? 0), 0);

describe('happy path', () => {
  it('sends 1 POST, polls until completed without an early poll, downloads once', async () => {
    const seen: string[] = [];
    const result = await exportSampleAttachment(IDS, { ...options(), onProgress: (operation) => seen.push(operation.status) });

    expect(h.sim.requests.map((request) => request.kind)).toEqual(['export-legacy', 'poll', 'poll', 'poll', 'download']);
    expect(h.sim.earlyPolls()).toEqual([]);
    expect(elapsed()).toBeGreaterThanOrEqual(announcedTotal());
    expect(elapsed()).toBe(3_000);
    expect(seen).toEqual(['acknowledged', 'queued', 'started', 'completed']);
    expect(result.route).toBe('legacy');
    expect(result.operation.status).toBe('completed');
    expect(result.resourceUrl).toBe(`${h.sim.url}/downloads/${h.sim.operations[0]!.id}`);
    expect(result.response.bodyUsed).toBe(false);
    expect(await bytesOf(result.response)).toEqual(expectedPdfBytes(IDS));
  });

  it('sends the original request: encoded ids, JSON body, bearer token, no X-Version', async () => {
    await exportSampleAttachment(IDS, options());
    const [post] = h.sim.requestsOf('export-legacy');
    expect(post!.path).toBe('/prototype/platform/audits/audit-1/procedures/proc%202/matrices/m%2F3/samples/s4/attachments/att-5/export');
    expect(post!.body).toBe('{"format":"pdf"}');
    expect(post!.headers['content-type']).toBe('application/json');
    expect(post!.headers['accept']).toBe('application/json');
    expect(post!.headers['authorization']).toBe('Bearer test-token');
    expect(post!.headers['x-version']).toBeUndefined();
    expect(h.sim.requestsOf('poll').every((poll) => poll.headers['authorization'] === 'Bearer test-token')).toBe(true);
  });

  it('follows a relative Location against the request URL and accepts resourceURL', async () => {
    h.sim.set({ locationForm: 'relative', resourceUrlField: 'resourceURL', operationsPrefix: '/platform/v1' });
    const result = await exportSampleAttachment(IDS, options());
    expect(h.sim.requestsOf('poll')[0]!.path).toBe(`/platform/v1/operations/${h.sim.operations[0]!.id}`);
    expect(await bytesOf(result.response)).toEqual(expectedPdfBytes(IDS));
  });

  it('strips a trailing /prototype/platform from baseUrl', async () => {
    await exportSampleAttachment(IDS, { ...options(), baseUrl: `${h.sim.url}/prototype/platform/` });
    expect(h.sim.requestsOf('export-legacy')[0]!.path).toMatch(/^\/prototype\/platform\/audits\/audit-1\//);
  });
});

describe('Retry-After', () => {
  it('waits the announced delta-seconds on the 202 and on every poll', async () => {
    h.sim.set({ retryAfterSeconds: 5 });
    await exportSampleAttachment(IDS, options());
    const polls = h.sim.requestsOf('poll');
    expect(polls.map((poll) => poll.time - Date.parse(START))).toEqual([5_000, 10_000, 15_000]);
    expect(h.sim.earlyPolls()).toEqual([]);
  });

  it('honours an HTTP-date, never polling before it', async () => {
    h.clock.set('2026-06-01T00:00:00.250Z');
    h.sim.set({ retryAfterFormat: 'http-date', retryAfterSeconds: 2 });
    await exportSampleAttachment(IDS, options());
    const polls = h.sim.requestsOf('poll');
    expect(h.sim.requestsOf('export-legacy')[0]!.announcedWaitMs).toBe(2_750);
    expect(polls).toHaveLength(3);
    expect(h.sim.earlyPolls()).toEqual([]);
    expect(polls[0]!.time).toBe(Date.parse('2026-06-01T00:00:03.000Z'));
  });

  it('honours a long Retry-After in full when the deadline allows it', async () => {
    h.sim.set({ retryAfterSeconds: 600 });
    await exportSampleAttachment(IDS, { ...options(), timeoutMs: 60 * 60_000 });
    expect(h.sim.requestsOf('poll').map((poll) => poll.time - Date.parse(START))).toEqual([600_000, 1_200_000, 1_800_000]);
    expect(h.sim.earlyPolls()).toEqual([]);
  });

  it('fails with TIMEOUT at once, before any early poll, when a huge Retry-After ends past the deadline', async () => {
    h.sim.set({ retryAfterSeconds: 86_400 });
    const error = await rejectionOf(exportSampleAttachment(IDS, { ...options(), timeoutMs: 90_000 }));
    expect(error).toBeInstanceOf(WorkivaSunsetError);
    expect((error as WorkivaSunsetError).code).toBe('TIMEOUT');
    expect(h.sim.requestsOf('poll')).toHaveLength(0);
    expect(h.sim.earlyPolls()).toEqual([]);
    expect(elapsed()).toBe(0);
  });
});

describe('transient failures', () => {
  it('retries polls answered 429 after their Retry-After', async () => {
    h.sim.inject('poll', { kind: 'status', status: 429, retryAfter: 7 }, 2);
    const result = await exportSampleAttachment(IDS, options());
    expect(h.sim.requestsOf('poll').map((poll) => poll.status)).toEqual([429, 429, 200, 200, 200]);
    expect(h.sim.earlyPolls()).toEqual([]);
    expect(elapsed()).toBe(1_000 + 7_000 + 7_000 + 1_000 + 1_000);
    expect(await bytesOf(result.response)).toEqual(expectedPdfBytes(IDS));
  });

  it('retries a 503 on the export POST with a Retry-After HTTP-date', async () => {
    h.sim.inject('export', { kind: 'status', status: 503, retryAfter: new Date(Date.parse(START) + 4_000).toUTCString() }, 2);
    await exportSampleAttachment(IDS, options());
    const posts = h.sim.requestsOf('export-legacy');
    expect(posts.map((post) => post.status)).toEqual([503, 503, 202]);
    expect(posts[1]!.time - Date.parse(START)).toBe(4_000);
  });

  it('backs off (bounded) when a 503 has no Retry-After, then gives up after maxAttempts', async () => {
    h.sim.inject('export', { kind: 'status', status: 503 }, 10);
    const error = (await rejectionOf(exportSampleAttachment(IDS, options()))) as WorkivaSunsetError;
    expect(error.status).toBe(503);
    expect(error.code).toBe('503ServiceUnavailable');
    expect(error.requestId).toBe(`req-${h.sim.requests.at(-1)!.seq}`);
    const posts = h.sim.requestsOf('export-legacy');
    expect(posts).toHaveLength(4);
    const gaps = posts.slice(1).map((post, index) => post.time - posts[index]!.time);
    gaps.forEach((gap, index) => {
      const ceiling = 1_000 * 2 ** index;
      expect(gap).toBeGreaterThanOrEqual(ceiling / 2);
      expect(gap).toBeLessThanOrEqual(ceiling);
    });
  });

  it('retries a connection reset on a poll and on the download', async () => {
    h.sim.inject('poll', { kind: 'reset' });
    h.sim.inject('download', { kind: 'reset' });
    const result = await exportSampleAttachment(IDS, options());
    expect(h.sim.requestsOf('poll')).toHaveLength(4);
    expect(h.sim.requestsOf('download')).toHaveLength(2);
    expect(await bytesOf(result.response)).toEqual(expectedPdfBytes(IDS));
  });

  it('never re-sends the POST after a connection reset', async () => {
    h.sim.inject('export', { kind: 'reset' });
    const error = (await rejectionOf(exportSampleAttachment(IDS, options()))) as WorkivaSunsetError;
    expect(error.code).toBe('NETWORK');
    expect(h.sim.requestsOf('export-legacy')).toHaveLength(1);
    expect(h.sim.requestsOf('poll')).toHaveLength(0);
  });
});

describe('failures', () => {
  it('reports a poll body that is not JSON as INVALID_RESPONSE', async () => {
    h.sim.inject('poll', { kind: 'invalid-json' });
    const error = (await rejectionOf(exportSampleAttachment(IDS, options()))) as WorkivaSunsetError;
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.status).toBe(200);
    expect(error.url).toBe(`${h.sim.url}/prototype/platform/operations/${h.sim.operations[0]!.id}`);
  });

  it('reports a failed operation with its details and originalRequest, and downloads nothing', async () => {
    const details = [{ code: 'ConversionFailed', message: 'The attachment cannot be converted to PDF', target: 'att-5' }];
    h.sim.set({ outcome: 'failed', outcomeDetails: details });
    const error = (await rejectionOf(exportSampleAttachment(IDS, options()))) as WorkivaSunsetError;
    expect(error.code).toBe('OPERATION_FAILED');
    expect(error.details).toEqual(details);
    expect(error.originalRequest).toBe(h.sim.operations[0]!.originalRequest);
    expect(error.message).toContain('The attachment cannot be converted to PDF');
    expect(h.sim.requestsOf('download')).toHaveLength(0);
  });

  it('reports a cancelled operation as OPERATION_CANCELLED', async () => {
    h.sim.set({ outcome: 'cancelled' });
    const error = (await rejectionOf(exportSampleAttachment(IDS, options()))) as WorkivaSunsetError;
    expect(error.code).toBe('OPERATION_CANCELLED');
    expect(error.details?.[0]?.message).toBe('The export was cancelled');
  });

  it('ends a stuck operation with TIMEOUT at the deadline', async () => {
    h.sim.set({ outcome: 'stuck' });
    const error = (await rejectionOf(exportSampleAttachment(IDS, { ...options(), timeoutMs: 30_000 }))) as WorkivaSunsetError;
    expect(error.code).toBe('TIMEOUT');
    expect(elapsed()).toBeLessThanOrEqual(30_000);
    // Polls at 1 s … 29 s; the one due at 30 s has no time left before the deadline.
    expect(h.sim.requestsOf('poll')).toHaveLength(29);
    expect(h.sim.earlyPolls()).toEqual([]);
  });

  it('gives up on an unknown status after a bounded number of polls', async () => {
    h.sim.set({ unknownStatus: 'paused', pollsUntilComplete: 10 });
    const error = (await rejectionOf(exportSampleAttachment(IDS, options()))) as WorkivaSunsetError;
    expect(error.code).toBe('UNKNOWN_STATUS');
    expect(error.message).toContain('"paused"');
    expect(h.sim.requestsOf('poll')).toHaveLength(3);
  });

  it('turns an HTTP error body into status, server code, message and request id', async () => {
    h.sim.set({ sunset: true });
    const error = (await rejectionOf(exportSampleAttachment(IDS, options()))) as WorkivaSunsetError;
    expect(error.status).toBe(410);
    expect(error.code).toBe('410Gone');
    expect(error.message).toContain('sunset on 2027-01-31');
    expect(error.requestId).toBe('req-1');
    expect(error.url).toContain('/prototype/platform/audits/audit-1/');
  });
});

describe('tokens', () => {
  it('asks the token function again once when the token expires mid-export', async () => {
    h.sim.set({ retryAfterSeconds: 3 });
    let calls = 0;
    const token = async () => {
      calls++;
      return h.sim.issueToken(4);
    };
    const result = await exportSampleAttachment(IDS, { ...options(), token });
    expect(calls).toBe(2);
    expect(h.sim.requestsOf('poll').map((poll) => poll.status)).toEqual([200, 401, 200, 200]);
    expect(await bytesOf(result.response)).toEqual(expectedPdfBytes(IDS));
  });

  it('gives up after one refresh when the new token is refused too', async () => {
    let calls = 0;
    const error = (await rejectionOf(exportSampleAttachment(IDS, { ...options(), token: () => `expired-${++calls}` }))) as WorkivaSunsetError;
    expect(calls).toBe(2);
    expect(error.status).toBe(401);
    expect(error.code).toBe('401Unauthorized');
    expect(h.sim.requestsOf('export-legacy')).toHaveLength(2);
  });

  it('does not retry a 401 with a fixed token', async () => {
    const error = (await rejectionOf(exportSampleAttachment(IDS, { ...options(), token: 'wrong' }))) as WorkivaSunsetError;
    expect(error.status).toBe(401);
    expect(h.sim.requests).toHaveLength(1);
  });
});

describe('abort', () => {
  it('rejects with the caller’s own reason, mid-polling', async () => {
    const controller = new AbortController();
    const reason = new Error('shutting down');
    const onProgress = (operation: Operation) => {
      if (operation.status === 'queued') controller.abort(reason);
    };
    const error = await rejectionOf(exportSampleAttachment(IDS, { ...options(), signal: controller.signal, onProgress }));
    expect(error).toBe(reason);
    expect(h.sim.requestsOf('poll')).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const error = await rejectionOf(exportSampleAttachment(IDS, { ...options(), signal: AbortSignal.abort('gone') }));
    expect(error).toBe('gone');
    expect(h.sim.requests).toHaveLength(0);
  });
});
