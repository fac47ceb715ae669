// The rule on code nobody here wrote: every blind corpus except the held-out C (measured only to
// validate a matcher change, by `npm run corpus`) is linted with the real ESLint and scored against
// its annotated export sites. No site may be missed (the issue asks ≥ 97 %; with 28–35 sites a corpus that is not at 100 % is below it) and nothing else reported as the export.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreRule } from '../blind-corpus/rule-score.js';

const CORPORA = path.resolve(import.meta.dirname, '../blind-corpus');

describe.each(['A', 'B', 'D', 'E', 'F'])('no-deprecated-endpoint on blind corpus %s', (name) => {
  it('finds every export site and reports nothing else as the export', async () => {
    const score = await scoreRule(path.join(CORPORA, name));
    expect(score.sites.length).toBeGreaterThanOrEqual(28);
    expect(score.falseReports).toEqual([]);
    expect(score.missed.map((site) => site.id)).toEqual([]);
  }, 120_000);
});
