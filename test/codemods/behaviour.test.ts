// Realistic programs, each with its own hand-written polling, are migrated by the codemod, type-checked,
// and run against the local simulator: before the sunset on the legacy route, after it on the
// successor route (routing switch set) — downloading the bytes the original did, without a single poll
// before its announced Retry-After. fetch and axios become drop-ins; got, node-fetch typed with its own
// Response, undici.request, an axios instance with an auth interceptor and the team's own HTTP layer
// are kept as written inside withExportRouting (one program per category of the codemod's docs).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../codemods/runner/options.js';
import { runMigrate } from '../../codemods/runner/run.js';
import { configure, resetConfiguration, successorIdsWithInferredTestForm } from 'workiva-sunset';
import { expectedPdfBytes, startSimulator, type Simulator } from '../../src/testing/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const programs = path.join(root, 'test/fixtures/codemod-programs');
// Inside the repository so the programs resolve axios/got from its node_modules; /tmp/ is git-ignored.
const work = path.join(root, 'tmp', `codemod-behaviour-${process.pid}`);
const original = path.join(work, 'original');
const migrated = path.join(work, 'migrated');
const names = ['fetch-polling', 'axios-polling', 'got-polling', 'team-layer', 'node-fetch-typed', 'undici-request', 'axios-interceptor-errors'] as const;
const routed = ['got-polling', 'team-layer', 'node-fetch-typed', 'undici-request', 'axios-interceptor-errors'];

type Program = { downloadPdf(ref: Ref, config: { baseUrl: string; token: string }): Promise<Uint8Array> };
interface Ref {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

const refFor = (name: string): Ref => ({ auditId: 'QXVkaXQ6MTIz', procedureId: 'UHJvY2VkdXJlOjQ1', matrixId: 'TWF0cml4Ojc4', sampleId: 'U2FtcGxlOjkw', attachmentId: `att-${name}` });
const load = async (directory: string, name: string) => (await import(pathToFileURL(path.join(directory, `${name}.ts`)).href)) as Program;

let sim: Simulator;
let migration: Awaited<ReturnType<typeof runMigrate>>;

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  for (const directory of [original, migrated]) {
    mkdirSync(directory, { recursive: true });
    cpSync(programs, directory, { recursive: true });
  }
  const command = parseCommand(['migrate', migrated, '--allow-dirty', '--workers', '0'], {}, Date.now());
  if (command.kind !== 'migrate') throw new Error('expected migrate');
  migration = await runMigrate(command.options, { cwd: root, stdout: new PassThrough(), stderr: new PassThrough(), version: 'test' });
  sim = await startSimulator({ retryAfterSeconds: 1, pollsUntilComplete: 1 });
});

afterAll(async () => {
  resetConfiguration();
  await sim?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('migrated programs against the simulator', () => {
  it('migrates every export call of the programs automatically', () => {
    expect(migration.exitCode).toBe(0);
    expect(migration.summary.manual).toEqual([]);
    expect(migration.summary.rewritten.map((s) => s.site.client).sort()).toEqual(['axios', 'axios', 'fetch', 'fetch', 'got', 'http-helper', 'undici']);
    expect(readFileSync(path.join(migrated, 'fetch-polling.ts'), 'utf8')).toContain("import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';");
    for (const name of routed) expect(readFileSync(path.join(migrated, `${name}.ts`), 'utf8'), name).toContain("import { withExportRouting } from '@workiva-sunset/safety-net';");
  });

  it('type-checks the migrated programs', () => {
    const files = readdirSync(migrated).map((name) => path.join(migrated, name));
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
      noEmit: true,
      types: ['node'],
      customConditions: ['@workiva-sunset/source'],
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName.startsWith(migrated));
    expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '))).toEqual([]);
  });

  it('downloads the same bytes as the original on the legacy route, with no early poll', async () => {
    sim.reset();
    const before = await Promise.all(names.map(async (name) => (await load(original, name)).downloadPdf(refFor(name), { baseUrl: sim.url, token: sim.token })));
    const after = await Promise.all(names.map(async (name) => (await load(migrated, name)).downloadPdf(refFor(name), { baseUrl: sim.url, token: sim.token })));
    names.forEach((name, index) => {
      expect(Buffer.from(before[index]!)).toEqual(Buffer.from(expectedPdfBytes(refFor(name))));
      expect(Buffer.from(after[index]!)).toEqual(Buffer.from(before[index]!));
    });
    expect(sim.requestsOf('export-legacy')).toHaveLength(2 * names.length);
    expect(sim.earlyPolls()).toEqual([]);
  }, 60_000);

  it('after the sunset the originals fail, and the migrated programs download the same bytes from the successor once switched', async () => {
    sim.reset();
    sim.set({ sunset: true });
    await expect((await load(original, 'fetch-polling')).downloadPdf(refFor('fetch-polling'), { baseUrl: sim.url, token: sim.token })).rejects.toThrow(/410/);
    configure({ route: 'successor', resolveSuccessorIds: (ids) => successorIdsWithInferredTestForm(ids, { testPhaseId: 'phase-1' }) });
    try {
      const after = await Promise.all(names.map(async (name) => (await load(migrated, name)).downloadPdf(refFor(name), { baseUrl: sim.url, token: sim.token })));
      names.forEach((name, index) => expect(Buffer.from(after[index]!)).toEqual(Buffer.from(expectedPdfBytes(refFor(name)))));
      expect(sim.requestsOf('export-successor')).toHaveLength(names.length);
      expect(sim.requestsOf('export-legacy').filter((r) => r.status !== 410)).toEqual([]);
      expect(sim.earlyPolls()).toEqual([]);
    } finally {
      resetConfiguration();
    }
  }, 60_000);
  it('under a 1 request/s limit on operations, the migrated programs poll no earlier and get no more 429s than announced (run one by one)', async () => {
    sim.reset();
    sim.set({ rateLimits: { poll: 1 } });
    try {
      for (const sunset of [false, true]) {
        sim.set({ sunset });
        if (sunset) configure({ route: 'successor', resolveSuccessorIds: (ids) => successorIdsWithInferredTestForm(ids, { testPhaseId: 'phase-1' }) });
        for (const name of names) {
          const bytes = await (await load(migrated, name)).downloadPdf(refFor(name), { baseUrl: sim.url, token: sim.token });
          expect(Buffer.from(bytes), name).toEqual(Buffer.from(expectedPdfBytes(refFor(name))));
        }
        resetConfiguration();
      }
      expect(sim.earlyPolls()).toEqual([]);
      expect(sim.requestsOf('poll').filter((r) => r.status === 429)).toEqual([]);
    } finally {
      resetConfiguration();
      sim.set({ rateLimits: {}, sunset: false });
    }
  }, 120_000);

  it('an HTTP error of the routed export takes the program’s own error path with its status (isAxiosError, e.response.status)', async () => {
    sim.reset();
    sim.set({ sunset: true });
    configure({ route: 'successor', resolveSuccessorIds: (ids) => successorIdsWithInferredTestForm(ids, { testPhaseId: 'phase-1' }) });
    sim.inject('export', { kind: 'status', status: 403, code: '403Forbidden' });
    try {
      const program = (await load(migrated, 'axios-interceptor-errors')) as Program & { ExportRejected: new (status: number) => Error };
      const error = await program.downloadPdf(refFor('axios-interceptor-errors'), { baseUrl: sim.url, token: sim.token }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(program.ExportRejected);
      expect((error as { status: number }).status).toBe(403);
      expect(sim.requestsOf('export-successor')).toHaveLength(1);
    } finally {
      resetConfiguration();
      sim.set({ sunset: false });
    }
  }, 60_000);
});
