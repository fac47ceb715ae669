// The rule's docs: the generated parts are up to date (generator in --check mode), the description
// matches the rule's meta, and every ❌ example is reported while no ✅ example is.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import plugin from '../../rules/index.js';
import { planDocs } from '../../rules/scripts/generate-docs.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOC = path.join(ROOT, 'docs/rules/no-deprecated-endpoint.md');
/** Examples are linted as a file next to the rule fixtures, so `./paths.js` resolves. */
const EXAMPLE_FILE = path.join(ROOT, 'test/fixtures/rules/doc-example.ts');

interface Example {
  readonly kind: 'incorrect' | 'correct';
  readonly line: number;
  readonly code: string;
}

function getExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  const fence = /^```ts\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(fence)) {
    const code = match[1] ?? '';
    const first = code.split('\n', 1)[0]?.trim();
    const kind = first === '// ❌' ? 'incorrect' : first === '// ✅' ? 'correct' : undefined;
    if (kind) examples.push({ kind, code, line: markdown.slice(0, match.index).split('\n').length });
  }
  return examples;
}

function lint(code: string): Linter.LintMessage[] {
  const linter = new Linter();
  return linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser as Linter.Parser },
        plugins: { 'workiva-sunset': plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
        rules: { 'workiva-sunset/no-deprecated-endpoint': 'error' },
      },
    ],
    { filename: EXAMPLE_FILE },
  );
}

describe('docs/rules/no-deprecated-endpoint.md', () => {
  const markdown = readFileSync(DOC, 'utf8');
  const examples = getExamples(markdown);

  beforeAll(() => {
    vi.stubEnv('WORKIVA_SUNSET_TODAY', '2026-03-01');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('has ❌ and ✅ examples', () => {
    expect(examples.filter((e) => e.kind === 'incorrect').length).toBeGreaterThanOrEqual(8);
    expect(examples.filter((e) => e.kind === 'correct').length).toBeGreaterThanOrEqual(4);
  });

  it('starts with the rule description', () => {
    expect(markdown).toContain(`📝 ${plugin.rules['no-deprecated-endpoint'].meta.docs?.description}.`);
  });

  for (const example of examples) {
    it(`${example.kind === 'incorrect' ? '❌ reports' : '✅ does not report'} the example at line ${example.line}`, () => {
      const messages = lint(example.code);
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      const reports = messages.filter((m) => m.ruleId === 'workiva-sunset/no-deprecated-endpoint');
      if (example.kind === 'incorrect') expect(reports.length).toBeGreaterThan(0);
      else expect(reports).toEqual([]);
    });
  }
});

describe('rules/scripts/generate-docs.ts', () => {
  it('finds nothing stale (planDocs)', () => {
    const stale = planDocs(ROOT)
      .filter((file) => file.current !== file.expected)
      .map((file) => path.relative(ROOT, file.file));
    expect(stale).toEqual([]);
  });

  it('exits 0 in --check mode', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'rules/scripts/generate-docs.ts'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
