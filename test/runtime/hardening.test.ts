// Defects found by an adversarial review (issue 14), each reproduced against the simulator or a local
// server on 127.0.0.1: Retry-After variants, stalled bodies, hanging callbacks, odd timeouts, dot-segment
// ids, secrets in messages, odd URLs, header case, non-PDF downloads and many exports on one signal.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  configure,
  downloadExport,
  exportSampleAttachment,
  parseExportState,
  pollExport,
  startSampleAttachmentExport,
  waitForExport,
  WorkivaSunsetError,
  type ExportOptions,
} from 'workiva-sunset';
import { expectedPdfBytes } from '../../src/testing/index.js';
import { bytesOf, IDS, rejectionOf, START, successorIds, useSimulator } from './helpers.js';

const h = useSimulator();
const options = (): ExportOptions => ({ baseUrl: h.sim.url, token: h.sim.token, clock: h.clock });
const sinceStart = (time: number) => time - Date.parse(START);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(WorkivaSunsetError);
  return (error as WorkivaSunsetError).code;
}

/** Real milliseconds a promise takes to settle. */
async function settleTime(promise: Promise<unknown>): Promise<number> {
  const started = performance.now();
  await promise.catch(() => undefined);
  return performance.now() - started;
}

describe('1. Retry-After variants never cause a poll storm', () => {
  it('a Retry-After sent as two header lines ("5, 5") is a 5 s wait', async () => {
    h.sim.set({ retryAfterSeconds: 5, retryAfterLines: ['5', '5'] });
    await exportSampleAttachment(IDS, options());
    expect(h.sim.requestsOf('poll').map((poll) => sinceStart(poll.time))).toEqual([5_000, 10_000, 15_000]);
    expect(h.sim.earlyPolls()).toEqual([]);
  });

  it('a malformed "3 (seconds)" falls back to 1 s, never to 0', async () => {
    h.sim.set({ retryAfterSeconds: 1, retryAfterLines: ['3 (seconds)'] });
    await exportSampleAttachment(IDS, options());
    expect(h.sim.requestsOf('poll').map((poll) => sinceStart(poll.time))).toEqual([1_000, 2_000, 3_000]);
  });

  it('a fractional "2.5" is honoured rounded up, never earlier', async () => {
    h.sim.set({ retryAfterSeconds: 2.5, retryAfterLines: ['2.5'] });
    await exportSampleAttachment(IDS, options());
    expect(h.sim.requestsOf('poll').map((poll) => sinceStart(poll.time))).toEqual([3_000, 6_000, 9_000]);
    expect(h.sim.earlyPolls()).toEqual([]);
  });
});

describe('2. timeoutMs covers the bodies the wrapper reads', () => {
  const fast = (): ExportOptions => ({ ...options(), timeoutMs: 400 });

  it('a poll body that stalls after its headers ends in TIMEOUT at the deadline', async () => {
    h.sim.set({ retryAfterSeconds: 0 });
    h.sim.inject('poll', { kind: 'stall-body' });
    const export_ = exportSampleAttachment(IDS, fast());
    expect(await codeOf(export_)).toBe('TIMEOUT');
    expect(await settleTime(export_)).toBeLessThan(1_000);
    expect(h.sim.requestsOf('poll')).toHaveLength(1);
  });

  it('a 202 body that stalls ends in TIMEOUT', async () => {
    h.sim.inject('export', { kind: 'stall-body' });
    const started = performance.now();
    expect(await codeOf(exportSampleAttachment(IDS, fast()))).toBe('TIMEOUT');
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('a stalled 500 error body still ends with the HTTP error, by the deadline', async () => {
    h.sim.inject('export', { kind: 'status', status: 500, stallBody: true });
    const started = performance.now();
    const error = (await rejectionOf(exportSampleAttachment(IDS, fast()))) as WorkivaSunsetError;
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(error.status).toBe(500);
    expect(error.code).toBe('HTTP_ERROR');
  });
});

describe('3. a hanging token function or resolveSuccessorIds honours timeoutMs and the signal', () => {
  const never = () => new Promise<string>(() => undefined);

  it('token: TIMEOUT at the deadline, nothing sent', async () => {
    expect(await codeOf(exportSampleAttachment(IDS, { ...options(), token: never, timeoutMs: 200 }))).toBe('TIMEOUT');
    expect(h.sim.requests).toHaveLength(0);
  });

  it('token: the caller’s abort reason', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort('stop'), 50);
    expect(await rejectionOf(exportSampleAttachment(IDS, { ...options(), token: never, signal: controller.signal }))).toBe('stop');
  });

  it('resolveSuccessorIds: TIMEOUT at the deadline, nothing sent', async () => {
    configure({ route: 'successor', resolveSuccessorIds: () => new Promise(() => undefined) });
    expect(await codeOf(exportSampleAttachment(IDS, { ...options(), timeoutMs: 200 }))).toBe('TIMEOUT');
    expect(h.sim.requests).toHaveLength(0);
  });
});

describe('4. timeoutMs beyond the timer range, Infinity, or nonsense', () => {
  it('Infinity means no deadline', async () => {
    const state = await startSampleAttachmentExport(IDS, { ...options(), timeoutMs: Infinity });
    expect(state.deadline).toBeNull();
    const result = await downloadExport(await waitForExport(state, { ...options(), timeoutMs: Infinity }), options());
    expect(await bytesOf(result.response)).toEqual(expectedPdfBytes(IDS));
  });

  it('30 days (past setTimeout’s 24.8-day limit) completes instead of timing out at once', async () => {
    const result = await exportSampleAttachment(IDS, { ...options(), timeoutMs: 30 * 86_400_000 });
    expect(await bytesOf(result.response)).toEqual(expectedPdfBytes(IDS));
  });

  it('NaN, 0 and negative values are refused before anything is sent', async () => {
    for (const timeoutMs of [Number.NaN, 0, -1]) {
      expect(await codeOf(exportSampleAttachment(IDS, { ...options(), timeoutMs }))).toBe('INVALID_CONFIGURATION');
    }
    expect(h.sim.requests).toHaveLength(0);
  });
});

describe('7. "." and ".." ids never change which endpoint is called', () => {
  it('refuses them on the legacy route before sending', async () => {
    for (const attachmentId of ['..', '.']) {
      const error = (await rejectionOf(exportSampleAttachment({ ...IDS, attachmentId }, options()))) as WorkivaSunsetError;
      expect(error.code).toBe('INVALID_CONFIGURATION');
      expect(error.message).toContain(`Path id attachmentId is "${attachmentId}"`);
    }
    expect(h.sim.requests).toHaveLength(0);
  });

  it('refuses them from resolveSuccessorIds too', async () => {
    configure({ route: 'successor', resolveSuccessorIds: (legacy) => ({ ...successorIds(legacy), testPhaseId: '..' }) });
    expect(await codeOf(exportSampleAttachment(IDS, options()))).toBe('INVALID_CONFIGURATION');
    expect(h.sim.requests).toHaveLength(0);
  });

  it('still sends ids that merely contain dots', async () => {
    await exportSampleAttachment({ ...IDS, attachmentId: '...', sampleId: 'v1.2' }, options());
    expect(h.sim.requestsOf('export-legacy')[0]!.path).toContain('/samples/v1.2/attachments/.../export');
  });
});

describe('8. secrets stay out of messages', () => {
  it('a token with a control character is refused without quoting it', async () => {
    const error = (await rejectionOf(exportSampleAttachment(IDS, { ...options(), token: 'SECRET-abc\ndef' }))) as WorkivaSunsetError;
    expect(error.code).toBe('INVALID_CONFIGURATION');
    expect(error.message).toContain('position 10');
    expect(JSON.stringify({ message: error.message, cause: String(error.cause) })).not.toContain('SECRET');
    expect(h.sim.requests).toHaveLength(0);
  });

  it('a header value with a control character is refused without quoting it', async () => {
    const error = (await rejectionOf(exportSampleAttachment(IDS, { ...options(), headers: { 'X-Api-Key': 'SECRET\r\nx' } }))) as WorkivaSunsetError;
    expect(error.code).toBe('INVALID_CONFIGURATION');
    expect(error.message).not.toContain('SECRET');
  });

  it('a 403 on a pre-signed download keeps the signature out of message and url', async () => {
    const state = await waitForExport(await startSampleAttachmentExport(IDS, options()), options());
    const signed = { ...state, resourceUrl: `${state.resourceUrl}?X-Amz-Credential=KEY&X-Amz-Signature=SIGNATURE123` };
    h.sim.inject('download', { kind: 'status', status: 403 });
    const error = (await rejectionOf(downloadExport(signed, options()))) as WorkivaSunsetError;
    expect(error.status).toBe(403);
    expect(error.url).toBe(`${state.resourceUrl}?X-Amz-Credential=REDACTED&X-Amz-Signature=REDACTED`);
    expect(error.message).not.toContain('SIGNATURE123');
    expect(error.message).not.toContain('KEY&');
    expect(h.sim.requestsOf('download')[0]!.path).toContain('X-Amz-Signature=SIGNATURE123');
  });
});

/** A local server answering every request with `status` and `headers` (no body). */
async function withServer(status: number, headers: Record<string, string>, run: (url: string) => Promise<void>): Promise<void> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(status, headers);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('10. every failure is a WorkivaSunsetError', () => {
  it('a Location of "http://[" is INVALID_RESPONSE', async () => {
    await withServer(202, { Location: 'http://[', 'Retry-After': '1' }, async (url) => {
      expect(await codeOf(exportSampleAttachment(IDS, { baseUrl: url, token: 't', clock: h.clock }))).toBe('INVALID_RESPONSE');
    });
  });

  it('a redirect to "http://[" is INVALID_RESPONSE', async () => {
    await withServer(302, { Location: 'http://[' }, async (url) => {
      expect(await codeOf(exportSampleAttachment(IDS, { baseUrl: url, token: 't', clock: h.clock }))).toBe('INVALID_RESPONSE');
    });
  });

  it('a throwing token function is CALLBACK_FAILED, with the original error as cause', async () => {
    const failure = new Error('vault unavailable');
    const error = (await rejectionOf(exportSampleAttachment(IDS, { ...options(), token: () => { throw failure; } }))) as WorkivaSunsetError;
    expect(error.code).toBe('CALLBACK_FAILED');
    expect(error.message).toBe('The token function threw: vault unavailable');
    expect(error.cause).toBe(failure);
  });

  it('a throwing resolveSuccessorIds is CALLBACK_FAILED', async () => {
    configure({ route: 'successor', resolveSuccessorIds: () => { throw new Error('no phase'); } });
    expect(await codeOf(exportSampleAttachment(IDS, options()))).toBe('CALLBACK_FAILED');
  });

  it('a stored state with a non-URL operationUrl is INVALID_CONFIGURATION, parsed or not', async () => {
    const state = await startSampleAttachmentExport(IDS, options());
    const broken = { ...state, operationUrl: 'not a url' };
    expect(() => parseExportState(JSON.stringify(broken))).toThrow(WorkivaSunsetError);
    expect(() => parseExportState('{not json')).toThrow(WorkivaSunsetError);
    expect(await codeOf(pollExport(broken, options()))).toBe('INVALID_CONFIGURATION');
  });

  it('a completed state without its operation says what is missing', async () => {
    const state = await waitForExport(await startSampleAttachmentExport(IDS, options()), options());
    const error = (await rejectionOf(downloadExport({ ...state, operation: null }, options()))) as WorkivaSunsetError;
    expect(error.message).toBe('Cannot download: the state says completed but has no operation; poll it again with pollExport');
  });
});

describe('11. caller headers merge case-insensitively', () => {
  it('a lower-case x-version or content-type is sent once', async () => {
    await exportSampleAttachment(IDS, { ...options(), headers: { 'x-version': '2022-01-01', 'content-type': 'application/json; charset=utf-8' } });
    const [post] = h.sim.requestsOf('export-legacy');
    expect(post!.status).toBe(202);
    expect(post!.headers['x-version']).toBe('2022-01-01');
    expect(post!.headers['content-type']).toBe('application/json');
  });

  it('the successor’s X-Version wins over the caller’s', async () => {
    configure({ route: 'successor', resolveSuccessorIds: successorIds });
    await exportSampleAttachment(IDS, { ...options(), headers: { 'x-version': '2022-01-01' } });
    expect(h.sim.requestsOf('export-successor')[0]!.headers['x-version']).toBe('2026-01-01');
  });
});

describe('9. a 429 without Retry-After waits 0.5–8 s', () => {
  it('retries a poll 429 after at least 500 ms', async () => {
    h.sim.inject('poll', { kind: 'status', status: 429 });
    await exportSampleAttachment(IDS, options());
    const [first, second] = h.sim.requestsOf('poll');
    expect(first!.status).toBe(429);
    expect(second!.time - first!.time).toBeGreaterThanOrEqual(500);
    expect(second!.time - first!.time).toBeLessThanOrEqual(1_000);
  });
});

describe('12. the download must be a PDF (or unlabelled bytes)', () => {
  it('an HTML sign-in page with 200 is INVALID_RESPONSE quoting its start', async () => {
    h.sim.inject('download', { kind: 'html' });
    const error = (await rejectionOf(exportSampleAttachment(IDS, options()))) as WorkivaSunsetError;
    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.status).toBe(200);
    expect(error.message).toContain('with Content-Type text/html, not a PDF: "<!doctype html><html><head><title>Sign in</title>');
  });
});

describe('13. many exports on one signal', () => {
  it('print no MaxListenersExceededWarning while they wait on the real clock', async () => {
    // One real 1 s wait each (after the 202), all at once: each sleeping export listens for the abort.
    h.sim.set({ pollsUntilComplete: 0 });
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const controller = new AbortController();
      const realClock = { baseUrl: h.sim.url, token: h.sim.token, signal: controller.signal };
      const results = await Promise.all(Array.from({ length: 15 }, () => exportSampleAttachment(IDS, realClock)));
      await Promise.all(results.map((result) => result.response.arrayBuffer()));
      await new Promise((resolve) => setImmediate(resolve));
      expect(h.sim.requestsOf('download')).toHaveLength(15);
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.map((warning) => warning.name)).not.toContain('MaxListenersExceededWarning');
  });
});
