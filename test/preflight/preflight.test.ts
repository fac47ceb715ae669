// `workiva-sunset preflight` end to end: a real CLI process against the simulator (real HTTP on
// 127.0.0.1), credentials from the environment only, the table, the JSON report and the exit codes.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatedTestForm, type Simulator } from '../../src/testing/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = path.join(ROOT, 'codemods', 'cli.ts');

const FORMS: SimulatedTestForm[] = [
  {
    id: 'QXVkaXQ6MTIz',
    phases: [
      { id: 'bac770b8-1673-11ec-9621-0242ac130001', name: 'Walkthrough', matrices: [{ id: 'TWF0cml4Ojc3' }] },
      { id: 'bac770b8-1673-11ec-9621-0242ac130002', name: 'Interim', matrices: [] },
      { id: 'bac770b8-1673-11ec-9621-0242ac130003', name: 'Follow Up', matrices: [{ id: 'TWF0cml4Ojc4' }, { id: 'shared' }] },
      { id: 'bac770b8-1673-11ec-9621-0242ac130004', name: 'Year End', matrices: [{ id: 'shared' }] },
    ],
  },
];
const READY = [
  { auditId: 'QXVkaXQ6MTIz', procedureId: 'UHJvY2VkdXJlOjQ1', matrixId: 'TWF0cml4Ojc4', sampleId: 's1', attachmentId: 'a1' },
  { auditId: 'QXVkaXQ6MTIz', procedureId: 'UHJvY2VkdXJlOjQ0', matrixId: 'TWF0cml4Ojc3', sampleId: 's2', attachmentId: 'a2' },
  { auditId: 'QXVkaXQ6MTIz', procedureId: 'UHJvY2VkdXJlOjQ1', matrixId: 'TWF0cml4Ojc4', sampleId: 's3', attachmentId: 'a3' },
];
const NOT_READY = [
  ...READY,
  { auditId: 'QXVkaXQ6MTIz', procedureId: 'p', matrixId: 'gone', sampleId: 's4', attachmentId: 'a4' },
  { auditId: 'QXVkaXQ6MTIz', procedureId: 'p', matrixId: 'shared', sampleId: 's5', attachmentId: 'a5' },
  { auditId: 'other-audit', procedureId: 'p', matrixId: 'm', sampleId: 's6', attachmentId: 'a6' },
];

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

let sim: Simulator;
let work: string;

beforeAll(async () => {
  sim = await startSimulator({ testForms: FORMS, testPhasesPageSize: 2, retryAfterSeconds: 0, pollsUntilComplete: 1 });
  work = await mkdtemp(path.join(tmpdir(), 'preflight-'));
});
afterAll(async () => {
  await sim.close();
  await rm(work, { recursive: true, force: true });
});
beforeEach(() => sim.reset());

function preflight(args: readonly string[], env: Record<string, string>, options: { stdin?: string; onSpawn?: (kill: () => void) => void } = {}): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const childEnv: Record<string, string | undefined> = { ...process.env, NODE_OPTIONS: '--conditions=@workiva-sunset/source', WORKIVA_API_URL: sim.url, ...env };
    for (const name of ['WORKIVA_TOKEN', 'WORKIVA_CLIENT_ID', 'WORKIVA_CLIENT_SECRET', 'WORKIVA_SUNSET_ROUTE']) if (!(name in env)) delete childEnv[name];
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'preflight', ...args], { cwd: ROOT, env: childEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
    options.onSpawn?.(() => child.kill('SIGINT'));
  });
}

/** Every key path of a JSON value (array items merged), e.g. `results[].successor.testPhaseId`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [...new Set(value.flatMap((item) => keyPaths(item, `${prefix}[]`)))].sort();
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix === '' ? key : `${prefix}.${key}`)).sort();
}

async function idFile(name: string, content: string): Promise<string> {
  const file = path.join(work, name);
  await writeFile(file, content);
  return file;
}

describe('workiva-sunset preflight', () => {
  it('exit 0 and a table when every set resolves; one listing (two pages) for three sets of one test form', async () => {
    const file = await idFile('ready.json', JSON.stringify(READY));
    const result = await preflight([file], { WORKIVA_TOKEN: sim.token });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✔ resolved\s+QXVkaXQ6MTIz\s+UHJvY2VkdXJlOjQ1\s+TWF0cml4Ojc4\s+s1\/a1\s+QXVkaXQ6MTIz\s+bac770b8-1673-11ec-9621-0242ac130003/);
    expect(result.stdout).toContain('3 of 3 id sets ready (3 resolved); 1 test phase listing, 2 served from the cache.');
    expect(sim.requestsOf('test-phases')).toHaveLength(2);
    expect(sim.requestsOf('export-successor')).toHaveLength(0);
  }, 60_000);

  it('exit 1 and a JSON report naming not-found and ambiguous sets, from CSV on stdin, with client credentials', async () => {
    const csv = ['auditId,procedureId,matrixId,sampleId,attachmentId', ...NOT_READY.map((ids) => Object.values(ids).join(','))].join('\n');
    const result = await preflight(['--json', '-'], { WORKIVA_CLIENT_ID: 'test-client', WORKIVA_CLIENT_SECRET: 'test-secret' }, { stdin: csv });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { ready: boolean; summary: Record<string, number>; results: { status: string; code: string | null; successor: { testPhaseId: string } | null }[] };
    expect(report.ready).toBe(false);
    expect(report.summary).toMatchObject({ total: 6, ready: 3, resolved: 3, 'not-found': 2, ambiguous: 1 });
    expect(report.results.map((result) => result.code)).toEqual([null, null, null, 'SUCCESSOR_PHASE_NOT_FOUND', 'SUCCESSOR_PHASE_AMBIGUOUS', 'SUCCESSOR_TEST_FORM_NOT_FOUND']);
    expect(report.results[1]!.successor!.testPhaseId).toBe('bac770b8-1673-11ec-9621-0242ac130001');
    // docs/preflight.md's example report has exactly the fields of a real one.
    const doc = await readFile(path.join(ROOT, 'docs/preflight.md'), 'utf8');
    const example = JSON.parse(/^```json\n([\s\S]*?)^```$/m.exec(doc)![1]!) as unknown;
    expect(keyPaths(example)).toEqual(keyPaths(report));
    // One token request for the whole run; every API request carried the issued token.
    expect(sim.requestsOf('token')).toHaveLength(1);
    expect(sim.requestsOf('test-phases').every((request) => request.headers['authorization']?.startsWith('Bearer sim-token-'))).toBe(true);
  }, 60_000);

  it('--export runs a real successor export of each set and downloads the PDF, with progress on stderr', async () => {
    const file = await idFile('ready.csv', ['matrixId,auditId,procedureId,sampleId,attachmentId,comment', ...READY.map((ids) => `${ids.matrixId},${ids.auditId},${ids.procedureId},${ids.sampleId},${ids.attachmentId},"x, y"`)].join('\n'));
    const result = await preflight(['--export', '--json', '--progress', file], { WORKIVA_TOKEN: sim.token });
    expect(result.code).toBe(0);
    // --progress forces the bar (drawn on a TTY by default) onto stderr, away from the report.
    expect(result.stderr).toContain('] 3/3 id sets');
    const report = JSON.parse(result.stdout) as { summary: Record<string, number>; results: { pdfBytes: number }[] };
    expect(report.summary).toMatchObject({ 'export-ok': 3, ready: 3 });
    expect(report.results.every((entry) => entry.pdfBytes > 0)).toBe(true);
    // The simulator accepts a successor export only with the phase that really lists the matrix.
    expect(sim.requestsOf('export-successor').map((request) => request.status)).toEqual([202, 202, 202]);
    expect(sim.requestsOf('download')).toHaveLength(3);
  }, 60_000);

  it('a refused token makes every set fail (exit 1), and no credentials at all is a usage error (exit 2)', async () => {
    const file = await idFile('one.json', JSON.stringify(READY.slice(0, 1)));
    const refused = await preflight(['--json', file], { WORKIVA_TOKEN: 'wrong' });
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).results[0]).toMatchObject({ status: 'failed', code: '401Unauthorized' });
    const badSecret = await preflight(['--json', file], { WORKIVA_CLIENT_ID: 'test-client', WORKIVA_CLIENT_SECRET: 'wrong' });
    expect(badSecret.code).toBe(1);
    expect(JSON.parse(badSecret.stdout).results[0].message).toContain('did not issue a token: HTTP 401 (invalid_client); check WORKIVA_CLIENT_ID and WORKIVA_CLIENT_SECRET');
    expect(badSecret.stdout).not.toContain('wrong');
    const none = await preflight([file], {});
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no credentials: set WORKIVA_TOKEN, or WORKIVA_CLIENT_ID and WORKIVA_CLIENT_SECRET');
    expect(sim.requests.filter((request) => request.kind !== 'test-phases' && request.kind !== 'token')).toHaveLength(0);
  }, 60_000);

  it('bad input is a usage error naming the row (exit 2), and nothing is sent', async () => {
    const file = await idFile('bad.json', JSON.stringify([{ auditId: 'a', procedureId: 'p', matrixId: 'm', sampleId: 's' }]));
    const result = await preflight([file], { WORKIVA_TOKEN: sim.token });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('item 0: attachmentId is missing or empty');
    expect(sim.requests).toHaveLength(0);
  }, 60_000);

  it('Ctrl-C stops cleanly: exit 130 and a report of what was done', async () => {
    // The last set's test form answers 429 with a five-minute Retry-After: the run is interrupted while it waits.
    sim.set({ testForms: [...FORMS, { id: 'other-audit', phases: [], unavailable: { status: 429, retryAfterSeconds: 300 } }] });
    const file = await idFile('many.json', JSON.stringify(NOT_READY));
    const result = await preflight(['--json', '--concurrency', '1', file], { WORKIVA_TOKEN: sim.token }, {
      onSpawn: (interrupt) => {
        const watch = setInterval(() => {
          if (!sim.requestsOf('test-phases').some((request) => request.path.startsWith('/testForms/other-audit/'))) return;
          clearInterval(watch);
          interrupt();
        }, 10);
      },
    });
    expect(result.code).toBe(130);
    expect(result.stderr).toContain('interrupted, finishing the report');
    const report = JSON.parse(result.stdout) as { interrupted: boolean; ready: boolean; summary: Record<string, number> };
    expect(report).toMatchObject({ interrupted: true, ready: false });
    expect(report.summary).toMatchObject({ resolved: 3, 'not-found': 1, ambiguous: 1, interrupted: 1 });
  }, 60_000);
});
