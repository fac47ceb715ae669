// Each real client against the simulator with the safety net installed in this process: the legacy
// export is routed to the successor (path and X-Version), an early poll is held until due, a request
// that is not the export arrives byte for byte as without the net, and the switches behave.
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import axios from 'axios';
import got from 'got';
import ky from 'ky';
import nodeFetch from 'node-fetch';
import superagent from 'superagent';
import * as undici from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { configure, resetConfiguration, successorIdsWithInferredTestForm, WorkivaSunsetError } from 'workiva-sunset';
import { startSimulator, type Simulator } from '../../src/testing/index.js';
import { installSafetyNet, resetPacing, resetSafetyNetStats, safetyNetStats, uninstallSafetyNet, type RouteEvent } from '@workiva-sunset/safety-net';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ids = { auditId: 'audit 1', procedureId: 'proc-1', matrixId: 'matrix-1', sampleId: 'sample-1', attachmentId: 'att-1' };
const events: RouteEvent[] = [];
const SYNC_CALLERS = new Set(['undici request', 'undici Pool', 'node-fetch', 'node:http (streamed request body)']);
let sim: Simulator;

interface Answer {
  readonly status: number;
  readonly location: string;
}

/** Each client: POST the legacy export, then GET the Location at once (ignoring Retry-After). */
const clients: Record<string, (url: string, token: string) => Promise<{ accepted: Answer; polled: number }>> = {
  fetch: async (url, token) => {
    const r = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{"format":"pdf"}' });
    const location = r.headers.get('location')!;
    const poll = await fetch(location, { headers: { Authorization: `Bearer ${token}` } });
    return { accepted: { status: r.status, location }, polled: poll.status };
  },
  'undici fetch (own Agent)': async (url, token) => {
    const dispatcher = new undici.Agent();
    const r = await undici.fetch(url, { method: 'POST', dispatcher, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{"format":"pdf"}' });
    const location = r.headers.get('location')!;
    const poll = await undici.fetch(location, { dispatcher, headers: { authorization: `Bearer ${token}` } });
    return { accepted: { status: r.status, location }, polled: poll.status };
  },
  'undici request': async (url, token) => {
    const r = await undici.request(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{"format":"pdf"}' });
    await r.body.dump();
    const location = String(r.headers['location']);
    const poll = await undici.request(location, { headers: { authorization: `Bearer ${token}` } });
    await poll.body.dump();
    return { accepted: { status: r.statusCode, location }, polled: poll.statusCode };
  },
  'undici Pool': async (url, token) => {
    const target = new URL(url);
    const pool = new undici.Pool(target.origin);
    const r = await pool.request({ method: 'POST', path: target.pathname, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{"format":"pdf"}' });
    await r.body.dump();
    const location = String(r.headers['location']);
    const poll = await pool.request({ method: 'GET', path: new URL(location).pathname, headers: { authorization: `Bearer ${token}` } });
    await poll.body.dump();
    await pool.close();
    return { accepted: { status: r.statusCode, location }, polled: poll.statusCode };
  },
  'node-fetch': async (url, token) => {
    const r = await nodeFetch(url, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{"format":"pdf"}' });
    const location = r.headers.get('location')!;
    const poll = await nodeFetch(location, { headers: { Authorization: `Bearer ${token}` } });
    return { accepted: { status: r.status, location }, polled: poll.status };
  },
  axios: async (url, token) => {
    const r = await axios.post(url, { format: 'pdf' }, { headers: { Authorization: `Bearer ${token}` } });
    const poll = await axios.get(String(r.headers['location']), { headers: { Authorization: `Bearer ${token}` } });
    return { accepted: { status: r.status, location: String(r.headers['location']) }, polled: poll.status };
  },
  got: async (url, token) => {
    const r = await got.post(url, { json: { format: 'pdf' }, headers: { authorization: `Bearer ${token}` } });
    const poll = await got(String(r.headers.location), { headers: { authorization: `Bearer ${token}` } });
    return { accepted: { status: r.statusCode, location: String(r.headers.location) }, polled: poll.statusCode };
  },
  ky: async (url, token) => {
    const r = await ky.post(url, { json: { format: 'pdf' }, headers: { authorization: `Bearer ${token}` } });
    const location = r.headers.get('location')!;
    const poll = await ky.get(location, { headers: { authorization: `Bearer ${token}` } });
    return { accepted: { status: r.status, location }, polled: poll.status };
  },
  superagent: async (url, token) => {
    const r = await superagent.post(url).set('Authorization', `Bearer ${token}`).send({ format: 'pdf' });
    const poll = await superagent.get(String(r.headers['location'])).set('Authorization', `Bearer ${token}`);
    return { accepted: { status: r.status, location: String(r.headers['location']) }, polled: poll.status };
  },
  'node:http (streamed request body)': async (url, token) => {
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = http.request(url, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode!, location: String(res.headers.location) });
      });
      req.on('error', reject);
      Readable.from(['{"format":', '"pdf"}']).pipe(req);
    });
    const polled = await new Promise<number>((resolve, reject) =>
      http.get(answer.location, { headers: { Authorization: `Bearer ${token}` } }, (res) => resolve(res.resume().statusCode!)).on('error', reject),
    );
    return { accepted: answer, polled };
  },
};

beforeAll(async () => {
  sim = await startSimulator({ retryAfterSeconds: 1, pollsUntilComplete: 5, sunset: true });
  expect(installSafetyNet({ onRoute: (event) => events.push(event) })).toBe(true);
});

afterAll(async () => {
  uninstallSafetyNet();
  await sim.close();
});

afterEach(() => {
  resetConfiguration();
  resetSafetyNetStats();
  resetPacing();
  events.length = 0;
  sim.reset();
});

const switchOn = () => configure({ route: 'successor', resolveSuccessorIds: (legacy) => successorIdsWithInferredTestForm(legacy, { testPhaseId: 'phase 1' }) });

describe('each client, switch on, simulator past the sunset', () => {
  it.each(Object.keys(clients))('%s: the legacy export reaches the successor, its early poll is held until due', async (name) => {
    switchOn();
    const { accepted, polled } = await clients[name]!(sim.legacyExportUrl(ids), sim.token);
    expect(accepted.status).toBe(202);
    expect(polled).toBe(200);
    const [exported] = sim.requestsOf('export-successor');
    expect(exported!.path).toBe('/testForms/audit%201/testPhases/phase%201/matrices/matrix-1/samples/sample-1/attachments/att-1/export');
    expect(exported!.headers['x-version']).toBe('2026-01-01');
    expect(exported!.body).toBe('{"format":"pdf"}');
    expect(sim.requestsOf('export-legacy')).toEqual([]);
    expect(sim.earlyPolls()).toEqual([]);
    expect(safetyNetStats()).toMatchObject({ routed: 1, heldPolls: 1 });
    expect(events.map((e) => e.action)).toEqual(['routed']);
    // Clients that send in a later tick (fetch, ky, axios, got, superagent) leave no caller frame on the stack.
    if (SYNC_CALLERS.has(name)) expect(events[0]!.callSite).toContain('clients.test.ts');
    else expect(events[0]!.callSite).toBe('unknown call site');
  });
});

describe('the routing decision is the runtime one', () => {
  it('past the sunset with no switch, the export fails before sending with the wrapper error', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-02-01T09:00:00Z') });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    // fetch reports a dispatcher's error as its usual `TypeError: fetch failed`, the wrapper's error as its cause.
    const error = await fetch(sim.legacyExportUrl(ids), { method: 'POST', body: '{"format":"pdf"}' }).catch((e: unknown) => e);
    expect((error as Error).cause).toBeInstanceOf(WorkivaSunsetError);
    expect(((error as Error).cause as WorkivaSunsetError).code).toBe('SUNSET_ROUTE_REQUIRED');
    const viaHttp = await new Promise<unknown>((resolve) => http.request(sim.legacyExportUrl(ids), { method: 'POST' }).on('error', resolve).end('{"format":"pdf"}'));
    expect((viaHttp as WorkivaSunsetError).code).toBe('SUNSET_ROUTE_REQUIRED');
    expect(sim.requests).toEqual([]);
    expect(safetyNetStats().refused).toBe(2);
  });

  it('on the legacy route the export passes untouched (query, trailing slash and all)', async () => {
    configure({ route: 'legacy' });
    sim.set({ sunset: false });
    const r = await axios.post(`${sim.legacyExportUrl(ids)}/?trace=1`, { format: 'pdf' }, { headers: { Authorization: `Bearer ${sim.token}` }, validateStatus: () => true });
    expect(r.status).toBe(404); // the simulator, like the API, knows no trailing-slash form: what matters is what was sent
    expect(sim.requests[0]!.path).toBe(`${new URL(sim.legacyExportUrl(ids)).pathname}/?trace=1`);
    expect(safetyNetStats()).toMatchObject({ passed: 1, routed: 0 });
  });

  it('a foreign-origin Location: the net sends nothing there itself, the caller’s poll goes as written', async () => {
    switchOn();
    sim.set({ locationOrigin: 'foreign' });
    const r = await fetch(sim.legacyExportUrl(ids), { method: 'POST', headers: { Authorization: `Bearer ${sim.token}`, 'Content-Type': 'application/json' }, body: '{"format":"pdf"}' });
    expect(r.headers.get('location')!.startsWith(sim.foreignUrl)).toBe(true);
    expect(sim.requests.filter((q) => q.origin === 'foreign')).toEqual([]);
    await fetch(r.headers.get('location')!);
    const foreign = sim.requests.filter((q) => q.origin === 'foreign');
    expect(foreign).toHaveLength(1);
    expect(foreign[0]!.authorization).toBe(false);
    expect(foreign[0]!.headers['x-version']).toBeUndefined();
  });
});

/** A raw TCP server on 127.0.0.1 that records the bytes of each request and answers 200. */
async function rawRecorder(): Promise<{ url: string; received: Buffer[]; close(): Promise<void> }> {
  const received: Buffer[] = [];
  const server = createServer((socket) => {
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      const text = Buffer.concat(chunks).toString('latin1');
      if (text.endsWith('0\r\n\r\n') || (text.includes('\r\n\r\n') && !/transfer-encoding: chunked/i.test(text) && text.endsWith('!'))) {
        received.push(Buffer.concat(chunks));
        socket.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('touches nothing else', () => {
  it('a request that is not the export (a streamed POST to another path) arrives byte for byte as without the net', async () => {
    const recorder = await rawRecorder();
    const send = () =>
      new Promise<void>((resolve, reject) => {
        const req = http.request(`${recorder.url}/prototype/platform/files/export?x=1`, { method: 'POST', headers: { 'X-Trace': 'a b', 'Transfer-Encoding': 'chunked' } }, (res) => res.resume().on('end', resolve));
        req.on('error', reject);
        Readable.from(['hello ', 'world', '!']).pipe(req);
      });
    await send();
    uninstallSafetyNet();
    await send();
    installSafetyNet({ onRoute: (event) => events.push(event) });
    await recorder.close();
    expect(recorder.received).toHaveLength(2);
    expect(recorder.received[0]!.equals(recorder.received[1]!)).toBe(true);
    expect(events).toEqual([]);
  });

  it('the download streams through untouched', async () => {
    switchOn();
    sim.set({ pollsUntilComplete: 1 });
    const r = await fetch(sim.legacyExportUrl(ids), { method: 'POST', headers: { Authorization: `Bearer ${sim.token}`, 'Content-Type': 'application/json' }, body: '{"format":"pdf"}' });
    const location = r.headers.get('location')!;
    let operation: { status: string; resourceUrl?: string } = { status: 'acknowledged' };
    while (operation.status !== 'completed') operation = (await (await fetch(location, { headers: { Authorization: `Bearer ${sim.token}` } })).json()) as typeof operation;
    const download = await new Promise<Buffer>((resolve, reject) =>
      https === undefined ? reject(new Error('no https')) : http.get(operation.resourceUrl!, { headers: { Authorization: `Bearer ${sim.token}` } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
      }),
    );
    expect(download.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sim.earlyPolls()).toEqual([]);
  });

  it('installed twice, it installs once; WORKIVA_SUNSET_INTERCEPT=off disables it', () => {
    expect(installSafetyNet()).toBe(false);
    const probe = "import('@workiva-sunset/safety-net').then((m) => console.log(m.isSafetyNetInstalled(), globalThis.fetch.name))";
    const run = (env: NodeJS.ProcessEnv, imports: string[]) =>
      spawnSync(process.execPath, ['--conditions=@workiva-sunset/source', '--import', 'tsx', ...imports.flatMap((i) => ['--import', i]), '--input-type=module', '-e', probe], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', ...env } }).stdout.trim();
    const register = '@workiva-sunset/safety-net/register';
    expect(run({}, [register, register])).toBe('true fetch');
    expect(run({ WORKIVA_SUNSET_INTERCEPT: 'off' }, [register])).toBe('false fetch');
  });
});
