// withExportRouting: what the codemod writes around a call whose URL, credentials or client are only
// known at run time. The call runs through its own client (interceptors, hooks, instances and their
// prefix URLs, a team's own layer); only the export it sends inside the routed call follows the
// switch. Real clients, real HTTP to the simulator on 127.0.0.1.
import http from 'node:http';
import axios, { isAxiosError } from 'axios';
import got from 'got';
import ky from 'ky';
import nodeFetch from 'node-fetch';
import superagent from 'superagent';
import * as undici from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { configure, resetConfiguration, successorIdsWithInferredTestForm, WorkivaSunsetError } from 'workiva-sunset';
import { startSimulator, type Simulator } from '../../src/testing/index.js';
import { isSafetyNetInstalled, resetPacing, resetSafetyNetStats, safetyNetStats, uninstallSafetyNet, withExportRouting } from '@workiva-sunset/safety-net';

const ids = { auditId: 'audit 1', procedureId: 'proc-1', matrixId: 'matrix-1', sampleId: 'sample-1', attachmentId: 'att-1' };
const SUCCESSOR_PATH = '/testForms/audit%201/testPhases/phase%201/matrices/matrix-1/samples/sample-1/attachments/att-1/export';
let sim: Simulator;
let legacyPath: string;

beforeAll(async () => {
  sim = await startSimulator({ retryAfterSeconds: 1, pollsUntilComplete: 1, sunset: true });
  legacyPath = new URL(sim.legacyExportUrl(ids)).pathname;
});

afterAll(async () => {
  uninstallSafetyNet();
  await sim.close();
});

afterEach(() => {
  resetConfiguration();
  resetSafetyNetStats();
  resetPacing();
  sim.reset();
});

const switchOn = () => configure({ route: 'successor', resolveSuccessorIds: (legacy) => successorIdsWithInferredTestForm(legacy, { testPhaseId: 'phase 1' }) });

/** A team's own HTTP layer: the bearer token is added deep inside, the path is relative. */
class TeamHttp {
  constructor(
    private readonly root: string,
    private readonly token: () => Promise<string>,
  ) {}
  async request(method: string, path: string, body?: unknown): Promise<{ status: number; location: string | null }> {
    const response = await fetch(`${this.root}${path}`, { method, headers: { authorization: `Bearer ${await this.token()}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, location: response.headers.get('location') };
  }
}

/** Each client, as teams write it, sending the legacy export inside withExportRouting; resolves to the status and Location. */
const sends: Record<string, () => Promise<{ status: number; location: string }>> = {
  'fetch with a Headers instance': async () => {
    const r = await withExportRouting(() => fetch(sim.legacyExportUrl(ids), { method: 'POST', headers: new Headers({ Authorization: `Bearer ${sim.token}`, 'Content-Type': 'application/json' }), body: '{"format":"pdf"}' }));
    return { status: r.status, location: r.headers.get('location')! };
  },
  'node-fetch': async () => {
    const r = await withExportRouting(() => nodeFetch(sim.legacyExportUrl(ids), { method: 'POST', headers: [['Authorization', `Bearer ${sim.token}`], ['Content-Type', 'application/json']], body: '{"format":"pdf"}' }));
    return { status: r.status, location: r.headers.get('location')! };
  },
  'axios instance with an auth interceptor and a baseURL': async () => {
    const api = axios.create({ baseURL: sim.url });
    api.interceptors.request.use(async (config) => {
      config.headers.set('Authorization', `Bearer ${sim.token}`);
      return config;
    });
    const r = await withExportRouting(() => api.post(legacyPath, { format: 'pdf' }));
    return { status: r.status, location: String(r.headers['location']) };
  },
  'got.extend with prefixUrl and a beforeRequest hook': async () => {
    const client = got.extend({ prefixUrl: sim.url, hooks: { beforeRequest: [(options) => {
          options.headers.authorization = `Bearer ${sim.token}`;
        }] } });
    const r = await withExportRouting(() => client.post(legacyPath.slice(1), { json: { format: 'pdf' } }));
    return { status: r.statusCode, location: String(r.headers.location) };
  },
  'ky.create with prefixUrl and a beforeRequest hook, read with .json()': async () => {
    const api = ky.create({ prefixUrl: sim.url, hooks: { beforeRequest: [(request) => request.headers.set('Authorization', `Bearer ${sim.token}`)] } });
    let location = '';
    const body = await withExportRouting(() => api.post(legacyPath.slice(1), { json: { format: 'pdf' }, hooks: { afterResponse: [(_r, _o, response) => {
      location = response.headers.get('location')!;
    }] } })).json<unknown>();
    expect(body).toBeTypeOf('object');
    return { status: 202, location };
  },
  'superagent chain sent by its first then': async () => {
    const r = await withExportRouting(() => superagent.post(sim.legacyExportUrl(ids))).set('Authorization', `Bearer ${sim.token}`).send({ format: 'pdf' });
    return { status: r.status, location: String(r.headers['location']) };
  },
  'undici.request': async () => {
    const r = await withExportRouting(() => undici.request(sim.legacyExportUrl(ids), { method: 'POST', headers: { authorization: `Bearer ${sim.token}`, 'content-type': 'application/json' }, body: '{"format":"pdf"}' }));
    await r.body.dump();
    return { status: r.statusCode, location: String(r.headers['location']) };
  },
  'node:http with a callback, written and ended after the routed call': () =>
    new Promise((resolve, reject) => {
      const req = withExportRouting(() =>
        http.request(sim.legacyExportUrl(ids), { method: 'POST', headers: { Authorization: `Bearer ${sim.token}`, 'Content-Type': 'application/json' } }, (res) => {
          res.resume();
          resolve({ status: res.statusCode!, location: String(res.headers.location) });
        }),
      );
      req.on('error', reject);
      req.end('{"format":"pdf"}');
    }),
  "a team's own layer that fetches a token first": async () => {
    const layer = new TeamHttp(sim.url, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return sim.token;
    });
    const r = await withExportRouting(() => layer.request('POST', legacyPath, { format: 'pdf' }));
    return { status: r.status, location: r.location! };
  },
  'a Request built inside the routed call and sent later': async () => {
    const request = withExportRouting(() => new Request(sim.legacyExportUrl(ids), { method: 'POST', headers: { Authorization: `Bearer ${sim.token}`, 'Content-Type': 'application/json' }, body: '{"format":"pdf"}' }));
    const r = await fetch(request);
    return { status: r.status, location: r.headers.get('location')! };
  },
  'a Request an async helper builds inside the routed call, cloned and sent later by a retry loop': async () => {
    const authorized = async (url: string, init: RequestInit): Promise<Request> => {
      const token = await new Promise<string>((resolve) => setTimeout(() => resolve(sim.token), 5));
      return new Request(url, { ...init, headers: { ...init.headers, Authorization: `Bearer ${token}` } });
    };
    const request = await withExportRouting(() => authorized(sim.legacyExportUrl(ids), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"format":"pdf"}' }));
    const r = await fetch(request.clone());
    return { status: r.status, location: r.headers.get('location')! };
  },
};

describe('withExportRouting, switch on, simulator past the sunset', () => {
  it.each(Object.keys(sends))('%s: the export reaches the successor through the caller’s own client', async (name) => {
    switchOn();
    const { status, location } = await sends[name]!();
    expect(status).toBe(202);
    expect(location.startsWith(sim.url)).toBe(true);
    const [exported] = sim.requestsOf('export-successor');
    expect(exported!.path).toBe(SUCCESSOR_PATH);
    expect(exported!.headers['x-version']).toBe('2026-01-01');
    expect(exported!.authorization).toBe(true);
    expect(sim.requestsOf('export-legacy')).toEqual([]);
    expect(safetyNetStats()).toMatchObject({ routed: 1 });
  });
});

describe('only the routed call is routed', () => {
  it('installs the hooks without routing the rest of the process: a bare export outside still goes to the legacy path', async () => {
    switchOn();
    await withExportRouting(() => fetch(sim.legacyExportUrl(ids), { method: 'POST', headers: { Authorization: `Bearer ${sim.token}`, 'Content-Type': 'application/json' }, body: '{"format":"pdf"}' }));
    expect(isSafetyNetInstalled()).toBe(false);
    const bare = await fetch(sim.legacyExportUrl(ids), { method: 'POST', headers: { Authorization: `Bearer ${sim.token}`, 'Content-Type': 'application/json' }, body: '{"format":"pdf"}' });
    expect(bare.status).toBe(410);
    expect(sim.requestsOf('export-successor')).toHaveLength(1);
    expect(sim.requestsOf('export-legacy')).toHaveLength(1);
  });

  it('a Request built outside any routed call, and its clone, still go to the legacy path; Request stays the same class to its users', async () => {
    switchOn();
    await withExportRouting(() => Promise.resolve());
    const request = new Request(sim.legacyExportUrl(ids), { method: 'POST', headers: { Authorization: `Bearer ${sim.token}`, 'Content-Type': 'application/json' }, body: '{"format":"pdf"}' });
    expect(request).toBeInstanceOf(Request);
    expect(Object.getPrototypeOf(request)).toBe(Request.prototype);
    const bare = await fetch(request.clone());
    expect(bare.status).toBe(410);
    expect(sim.requestsOf('export-successor')).toEqual([]);
  });

  it('a routed call is a migrated one: counted, with no process warning asking to migrate it', async () => {
    switchOn();
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    onTestFinished(() => void process.off('warning', onWarning));
    await withExportRouting(() => axios.post(sim.legacyExportUrl(ids), { format: 'pdf' }, { headers: { Authorization: `Bearer ${sim.token}` } }));
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.filter((w) => (w as { code?: string }).code === 'WORKIVA_SUNSET_SAFETY_NET')).toEqual([]);
    expect(safetyNetStats().routed).toBe(1);
  });

  it('returns exactly what the call returns: other requests pass byte for byte, the result is the client’s own', async () => {
    sim.set({ sunset: false });
    const result = withExportRouting(() => ky.get(`${sim.url}/prototype/platform/audits/a1`, { headers: { Authorization: `Bearer ${sim.token}` }, throwHttpErrors: false }));
    expect(typeof result.json).toBe('function');
    await result;
    expect(sim.requests.map((q) => q.path)).toEqual(['/prototype/platform/audits/a1']);
    expect(safetyNetStats()).toMatchObject({ routed: 0, passed: 0 });
  });
});

describe('the routing decision is the runtime one, errors in the client’s own shape', () => {
  it('on the legacy route the export goes to the legacy endpoint unchanged', async () => {
    sim.set({ sunset: false });
    configure({ route: 'legacy' });
    const r = await withExportRouting(() => got.post(sim.legacyExportUrl(ids), { json: { format: 'pdf' }, headers: { authorization: `Bearer ${sim.token}` } }));
    expect(r.statusCode).toBe(202);
    expect(sim.requestsOf('export-legacy')[0]!.path).toBe(legacyPath);
    expect(safetyNetStats()).toMatchObject({ passed: 1, routed: 0 });
  });

  it('past the sunset with no switch: nothing is sent, axios rejects with its own error carrying the runtime’s', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-02-01T09:00:00Z') });
    onTestFinished(() => void vi.useRealTimers());
    const error = await withExportRouting(() => axios.post(sim.legacyExportUrl(ids), { format: 'pdf' })).catch((e: unknown) => e);
    expect(isAxiosError(error)).toBe(true);
    expect((error as { cause?: unknown }).cause ?? error).toSatisfy((cause: unknown) => cause instanceof WorkivaSunsetError && cause.code === 'SUNSET_ROUTE_REQUIRED');
    expect(sim.requests).toEqual([]);
  });

  it('a 4xx of the successor takes the client’s error path with its status (got’s HTTPError)', async () => {
    switchOn();
    sim.inject('export', { kind: 'status', status: 403, code: '403Forbidden' });
    const error = await withExportRouting(() => got.post(sim.legacyExportUrl(ids), { json: { format: 'pdf' }, headers: { authorization: `Bearer ${sim.token}` } })).catch((e: unknown) => e);
    expect((error as { name: string }).name).toBe('HTTPError');
    expect((error as { response: { statusCode: number } }).response.statusCode).toBe(403);
  });
});
