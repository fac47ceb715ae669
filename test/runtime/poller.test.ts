// The step-by-step poller: a JSON state that another process can resume, never polling early.
import { describe, expect, it } from 'vitest';
import {
  downloadExport,
  parseExportState,
  pollExport,
  startSampleAttachmentExport,
  waitForExport,
  WorkivaSunsetError,
  type ExportState,
} from 'workiva-sunset';
import { expectedPdfBytes } from '../../src/testing/index.js';
import { bytesOf, IDS, rejectionOf, START, useSimulator } from './helpers.js';

const h = useSimulator({ retryAfterSeconds: 2 });
const options = () => ({ baseUrl: h.sim.url, token: h.sim.token, clock: h.clock });

describe('poller', () => {
  it('starts, stores the state as JSON, and finishes from the stored state', async () => {
    const state = await startSampleAttachmentExport(IDS, options());
    expect(state).toMatchObject({ version: 1, route: 'legacy', status: 'acknowledged', polls: 0, nextPollAt: Date.parse(START) + 2_000 });
    expect(state.operationUrl).toBe(`${h.sim.url}/prototype/platform/operations/${h.sim.operations[0]!.id}`);
    expect(h.sim.requestsOf('poll')).toHaveLength(0);

    // "Another process": only the JSON text and fresh options.
    let resumed = parseExportState(JSON.stringify(state));
    resumed = await pollExport(resumed, options());
    expect(resumed.status).toBe('queued');
    expect(resumed.polls).toBe(1);
    expect(h.clock.now()).toBe(state.nextPollAt);
    const completed = await waitForExport(parseExportState(JSON.stringify(resumed)), options());
    expect(completed.status).toBe('completed');
    expect(completed.resourceUrl).toBe(`${h.sim.url}/downloads/${h.sim.operations[0]!.id}`);
    const result = await downloadExport(completed, options());
    expect(await bytesOf(result.response)).toEqual(expectedPdfBytes(IDS));
    expect(h.sim.earlyPolls()).toEqual([]);
    expect(h.sim.requestsOf('poll')).toHaveLength(3);
    expect(completed.announcedWaitMs).toBe(6_000);
  });

  it('keeps the deadline of the state when resumed', async () => {
    h.sim.set({ outcome: 'stuck' });
    const state = await startSampleAttachmentExport(IDS, { ...options(), timeoutMs: 5_000 });
    expect(state.deadline).toBe(Date.parse(START) + 5_000);
    const error = (await rejectionOf(waitForExport(parseExportState(JSON.stringify(state)), options()))) as WorkivaSunsetError;
    expect(error.code).toBe('TIMEOUT');
    expect(h.clock.now()).toBeLessThanOrEqual(state.deadline!);
  });

  it('re-checks a stored operation URL before sending the token to it', async () => {
    const state = await startSampleAttachmentExport(IDS, options());
    const tampered: ExportState = { ...state, operationUrl: `${h.sim.foreignUrl}/operations/x` };
    const error = (await rejectionOf(pollExport(tampered, options()))) as WorkivaSunsetError;
    expect(error.code).toBe('UNTRUSTED_LOCATION');
    expect(h.sim.requests.filter((request) => request.origin === 'foreign')).toHaveLength(0);
  });

  it('refuses to download an export that has not completed', async () => {
    const state = await startSampleAttachmentExport(IDS, options());
    await expect(downloadExport(state, options())).rejects.toMatchObject({ code: 'INVALID_CONFIGURATION' });
  });

  it('rejects JSON that is not an ExportState', () => {
    expect(() => parseExportState('{"version":2}')).toThrow(WorkivaSunsetError);
  });
});
