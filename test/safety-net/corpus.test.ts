// The blind corpora, unmodified, with only the safety net loaded (`node --import …/register`): before
// the sunset every export passes to the legacy endpoint untouched; after it (simulator in sunset mode,
// WORKIVA_SUNSET_ROUTE=successor) every program still downloads its own PDF, and no poll is early.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCorpusInChild, type CorpusRun } from '../blind-corpus/corpus-runs.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

const runCorpus = (corpus: string, phase: 'before' | 'after', env: NodeJS.ProcessEnv = {}): Promise<CorpusRun> =>
  runCorpusInChild(ROOT, `test/blind-corpus/${corpus}`, phase, { preload: ['@workiva-sunset/safety-net/register'], env });

const failures = (run: CorpusRun) => run.outcomes.filter((o) => !o.ok || o.earlyPolls > 0).map((o) => `${o.name}: ${o.error ?? `${o.earlyPolls} early polls`}`);

describe.each([
  ['A', 23],
  ['B', 27],
])('blind corpus %s through the safety net', (corpus, programs) => {
  it('before the sunset: every program works and every export goes to the legacy endpoint untouched', async () => {
    const run = await runCorpus(corpus, 'before');
    expect(failures(run)).toEqual([]);
    expect(run.outcomes).toHaveLength(programs);
    expect(run.successorExports).toBe(0);
    expect(run.stats).toMatchObject({ routed: 0, passed: run.legacyExports, refused: 0 });
  }, 120_000);

  it('after the sunset with the switch on: every program downloads its own PDF from the successor, 0 early polls', async () => {
    const run = await runCorpus(corpus, 'after', { WORKIVA_SUNSET_ROUTE: 'successor' });
    expect(failures(run)).toEqual([]);
    expect(run.outcomes).toHaveLength(programs);
    expect(run.outcomes.reduce((sum, o) => sum + o.earlyPolls, 0)).toBe(0);
    expect(run.legacyExports).toBe(0);
    expect(run.stats.routed).toBe(run.successorExports);
    expect(run.successorExports).toBeGreaterThanOrEqual(programs);
  }, 120_000);
});
