// The simulator's own protocol: token endpoint, X-Version check, sunset mode, early-poll flag, Retry-After on polls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVirtualClock, startSimulator, type Simulator, type VirtualClock } from '../../src/testing/index.js';
import { IDS } from './helpers.js';

let sim: Simulator;
let clock: VirtualClock;
beforeAll(async () => {
  clock = createVirtualClock('2026-06-01T00:00:00Z');
  sim = await startSimulator({ clock, tokenTtlSeconds: 10 });
});
afterAll(() => sim.close());

const exportJson = { 'Content-Type': 'application/json', Authorization: 'Bearer test-token' };

describe('simulator', () => {
  it('issues client-credentials tokens that expire on the clock', async () => {
    sim.reset();
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: 'test-client', client_secret: 'test-secret' });
    const res = await fetch(`${sim.url}/iam/v1/oauth2/token`, { method: 'POST', body: form });
    const body = (await res.json()) as { access_token: string; expires_in: number; token_type: string; scope: string };
    expect(body).toMatchObject({ expires_in: 10, token_type: 'Bearer', scope: 'graph:read' });
    const post = () => fetch(sim.legacyExportUrl(IDS), { method: 'POST', headers: { ...exportJson, Authorization: `Bearer ${body.access_token}` }, body: '{"format":"pdf"}' });
    expect((await post()).status).toBe(202);
    clock.advance(10_000);
    expect((await post()).status).toBe(401);
    const bad = await fetch(`${sim.url}/iam/v1/oauth2/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'x', client_secret: 'y' }) });
    expect(bad.status).toBe(401);
  });

  it('requires X-Version 2026-01-01 on the successor endpoint', async () => {
    sim.reset();
    const url = `${sim.url}/testForms/a/testPhases/b/matrices/c/samples/d/attachments/e/export`;
    expect((await fetch(url, { method: 'POST', headers: exportJson, body: '{"format":"pdf"}' })).status).toBe(400);
    expect((await fetch(url, { method: 'POST', headers: { ...exportJson, 'X-Version': '2026-01-01' }, body: '{"format":"pdf"}' })).status).toBe(202);
  });

  it('answers 410 on the legacy endpoint in sunset mode', async () => {
    sim.reset();
    sim.set({ sunset: true });
    const res = await fetch(sim.legacyExportUrl(IDS), { method: 'POST', headers: exportJson, body: '{"format":"pdf"}' });
    expect(res.status).toBe(410);
    expect(((await res.json()) as { code: string }).code).toBe('410Gone');
  });

  it('flags a poll made before the announced Retry-After, and sends none once terminal', async () => {
    sim.reset();
    sim.set({ retryAfterSeconds: 2, pollsUntilComplete: 1 });
    const started = await fetch(sim.legacyExportUrl(IDS), { method: 'POST', headers: exportJson, body: '{"format":"pdf"}' });
    const location = started.headers.get('location')!;
    expect(started.headers.get('retry-after')).toBe('2');
    clock.advance(1_000);
    const early = await fetch(location, { headers: exportJson });
    expect(early.headers.get('retry-after')).toBe('2');
    clock.advance(2_000);
    const done = await fetch(location, { headers: exportJson });
    expect(((await done.json()) as { status: string }).status).toBe('completed');
    expect(done.headers.get('retry-after')).toBeNull();
    expect(sim.earlyPolls().map((poll) => poll.seq)).toEqual([2]);
  });

  it('completes by clock time with completeAfterMs, however often it is polled', async () => {
    sim.reset();
    sim.set({ completeAfterMs: 5_000, retryAfterSeconds: 0 });
    const started = await fetch(sim.legacyExportUrl(IDS), { method: 'POST', headers: exportJson, body: '{"format":"pdf"}' });
    const location = started.headers.get('location')!;
    const statusOf = async () => ((await (await fetch(location, { headers: exportJson })).json()) as { status: string }).status;
    expect(await statusOf()).toBe('queued');
    expect(await statusOf()).toBe('started');
    clock.advance(5_000);
    expect(await statusOf()).toBe('completed');
  });

  it('expires issued tokens on demand (a 401 mid-flow), but not static ones', async () => {
    sim.reset();
    const issued = sim.issueToken(3_600);
    const post = (token: string) => fetch(sim.legacyExportUrl(IDS), { method: 'POST', headers: { ...exportJson, Authorization: `Bearer ${token}` }, body: '{"format":"pdf"}' });
    expect((await post(issued)).status).toBe(202);
    sim.expireTokens();
    const refused = await post(issued);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toContain('invalid_token');
    expect((await post(sim.token)).status).toBe(202);
  });
});
