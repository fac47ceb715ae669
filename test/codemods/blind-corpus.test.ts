// The codemod on code nobody here wrote (blind corpora A and B): migrate a copy, then check that it
// type-checks with no new error, that a second run changes nothing, and that every program whose
// export sites were all rewritten downloads its own PDF before the sunset (legacy route) and after it
// (simulator in sunset mode, WORKIVA_SUNSET_ROUTE=successor), with no poll earlier than announced.
// No safety net is loaded: what works after the sunset works because of the rewrite.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDirectory, nodeForMigratedPrograms, runCorpusInChild, typeErrors, type CorpusRun } from '../blind-corpus/corpus-runs.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NODE = nodeForMigratedPrograms(ROOT);
const copies: string[] = [];

afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

/** A copy inside the repository, so the programs resolve axios, got, … and the packages from its node_modules. */
function copyOf(corpus: string): string {
  mkdirSync(path.join(ROOT, 'tmp'), { recursive: true });
  const copy = mkdtempSync(path.join(ROOT, 'tmp', `codemod-corpus-${corpus}-`));
  copies.push(copy);
  cpSync(path.join(ROOT, 'test/blind-corpus', corpus), copy, { recursive: true });
  return copy;
}

const migrate = (copy: string) => migrateDirectory(ROOT, copy);

const runPrograms = (copy: string, phase: 'before' | 'after'): Promise<CorpusRun> =>
  runCorpusInChild(ROOT, copy, phase, { node: NODE, env: { WORKIVA_SUNSET_ROUTE: phase === 'after' ? 'successor' : '' } });

/** The program a migrated file belongs to (`programs/<name>/…`). */
const programOf = (file: string) => /(?:^|[\\/])programs[\\/]([^\\/]+)[\\/]/.exec(file)?.[1];
const failures = (run: CorpusRun) => run.outcomes.filter((o) => !o.ok || o.earlyPolls > 0);

describe.each(['A', 'B'])('the codemod on blind corpus %s', (corpus) => {
  it('rewrites at least 9 of 10 sites; every program whose sites were all rewritten works before and after the sunset', async () => {
    expect(existsSync(NODE), `${NODE} is missing: run npm ci --prefix .ci/node-versions`).toBe(true);
    const copy = copyOf(corpus);
    const errorsBefore = typeErrors(ROOT, copy);
    const migration = migrate(copy);
    const sites = migration.sitesRewritten.length + migration.sitesManual.length;
    expect(sites).toBeGreaterThan(20);
    expect(migration.sitesRewritten.length / sites).toBeGreaterThanOrEqual(0.9);
    expect(typeErrors(ROOT, copy)).toEqual(errorsBefore);
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
