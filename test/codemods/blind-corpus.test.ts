// The codemod on code nobody here wrote (blind corpora A and B): migrate a copy, then check that it
// type-checks with no new error, that a second run changes nothing, and that every program whose
// export sites were all rewritten downloads its own PDF before the sunset (legacy route) and after it
// (simulator in sunset mode, WORKIVA_SUNSET_ROUTE=successor), with no poll earlier than announced.
// No safety net is loaded: what works after the sunset works because of the rewrite.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProgramOutcome } from '../blind-corpus/harness.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
// Under tsx, Node 20 cannot require() an ES module from a CommonJS program (plain Node 20.19+ can):
// the migrated .cjs/.cts programs require the routing package, so they run on the Node 22 CI installs.
const NODE_22 = path.join(ROOT, '.ci/node-versions/node_modules/node22/bin/node');
const NODE = process.versions.node.startsWith('20.') ? NODE_22 : process.execPath;
const copies: string[] = [];

afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

interface Migration {
  readonly sitesRewritten: readonly { file: string; line: number }[];
  readonly sitesManual: readonly { file: string; line: number; reason: string }[];
}

interface CorpusRun {
  readonly outcomes: ProgramOutcome[];
  readonly legacyExports: number;
  readonly successorExports: number;
}

/** A copy inside the repository, so the programs resolve axios, got, … and the packages from its node_modules. */
function copyOf(corpus: string): string {
  mkdirSync(path.join(ROOT, 'tmp'), { recursive: true });
  const copy = mkdtempSync(path.join(ROOT, 'tmp', `codemod-corpus-${corpus}-`));
  copies.push(copy);
  cpSync(path.join(ROOT, 'test/blind-corpus', corpus), copy, { recursive: true });
  return copy;
}

function migrate(copy: string): Migration {
  const result = spawnSync(process.execPath, ['--conditions=@workiva-sunset/source', '--import', 'tsx', 'codemods/cli.ts', 'migrate', '--allow-dirty', '--json', copy], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`migrate exited ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout) as Migration;
}

function typeErrors(copy: string): string[] {
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', path.join(copy, 'tsconfig.json'), '--customConditions', '@workiva-sunset/source'], { cwd: ROOT, encoding: 'utf8' });
  return result.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
}

function runPrograms(copy: string, phase: 'before' | 'after'): Promise<CorpusRun> {
  const args = ['--no-warnings', '--conditions=@workiva-sunset/source', '--import', 'tsx', 'test/safety-net/run-corpus.ts', copy, phase];
  const child = spawn(NODE, args, { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '', WORKIVA_SUNSET_ROUTE: phase === 'after' ? 'successor' : '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      const line = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`run-corpus ${phase} exited ${code}: ${stderr}`));
      else resolve(JSON.parse(line) as CorpusRun);
    }),
  );
}

/** The program a migrated file belongs to (`programs/<name>/…`). */
const programOf = (file: string) => /(?:^|[\\/])programs[\\/]([^\\/]+)[\\/]/.exec(file)?.[1];
const failures = (run: CorpusRun) => run.outcomes.filter((o) => !o.ok || o.earlyPolls > 0);

describe.each(['A', 'B'])('the codemod on blind corpus %s', (corpus) => {
  it('rewrites at least 9 of 10 sites; every program whose sites were all rewritten works before and after the sunset', async () => {
    expect(existsSync(NODE), `${NODE} is missing: run npm ci --prefix .ci/node-versions`).toBe(true);
    const copy = copyOf(corpus);
    const errorsBefore = typeErrors(copy);
    const migration = migrate(copy);
    const sites = migration.sitesRewritten.length + migration.sitesManual.length;
    expect(sites).toBeGreaterThan(20);
    expect(migration.sitesRewritten.length / sites).toBeGreaterThanOrEqual(0.9);
    expect(typeErrors(copy)).toEqual(errorsBefore);
    expect(migrate(copy).sitesRewritten).toEqual([]);

    const marked = new Set(migration.sitesManual.map((site) => programOf(site.file)));
    const before = await runPrograms(copy, 'before');
    expect(failures(before)).toEqual([]);
    expect(before.successorExports).toBe(0);
    const after = await runPrograms(copy, 'after');
    expect(failures(after).filter((o) => !marked.has(o.name))).toEqual([]);
    expect(after.outcomes.reduce((sum, o) => sum + o.earlyPolls, 0)).toBe(0);
    expect(after.successorExports).toBeGreaterThanOrEqual(after.outcomes.length - marked.size);
  }, 240_000);
});
