// docs/troubleshooting.md cannot drift from the code: every wrapper error code is triggered against
// the simulator (real HTTP on 127.0.0.1, virtual clock), every lint message and codemod message is
// produced, and each normalised message must be one of the page's ```text blocks — while every
// ```text block must be a message the code produced.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import plugin from '../../rules/index.js';
import { createFixture, ROOT, type DocFixture } from './fixture.js';
import { triggerWrapperErrors, type TriggeredError } from './wrapper-errors.js';

const DOC = readFileSync(path.join(ROOT, 'docs/troubleshooting.md'), 'utf8');
const TEXT_BLOCKS = [...DOC.matchAll(/^```text\n([\s\S]*?)^```$/gm)].map((match) => match[1]!.replace(/\n$/, ''));

/** The codes of `WorkivaSunsetErrorCode`, read from its declaration so a new code fails this test. */
function getDeclaredErrorCodes(): string[] {
  const source = readFileSync(path.join(ROOT, 'packages/runtime/src/runtime/errors.ts'), 'utf8');
  const union = /export type WorkivaSunsetErrorCode =([\s\S]*?);/.exec(source)![1]!;
  return [...union.matchAll(/'([A-Z_]+)'/g)].map((match) => match[1]!);
}

/** Everything the code produced for the page, normalised as the page writes it. */
const produced: string[] = [];

function expectQuoted(message: string): void {
  produced.push(message);
  expect(TEXT_BLOCKS, `docs/troubleshooting.md should quote:\n${message}`).toContain(message);
}

describe('wrapper errors', () => {
  let errors: (TriggeredError & { expectedCode: string })[] = [];

  beforeAll(async () => {
    errors = await triggerWrapperErrors();
  }, 60_000);

  it('every code of WorkivaSunsetErrorCode has a section and is triggered', () => {
    for (const code of getDeclaredErrorCodes()) {
      expect(DOC).toMatch(new RegExp(`^### \`${code}\``, 'm'));
      expect(errors.some((error) => error.code === code)).toBe(true);
    }
  });

  it('each triggered error has the expected code and is quoted verbatim', () => {
    for (const error of errors) {
      expect(error.code).toBe(error.expectedCode);
      expectQuoted(error.message);
    }
  });
});

describe('lint messages', () => {
  const RULE = 'workiva-sunset/no-deprecated-endpoint';
  const CODE = `
const res = await fetch('https://api.app.wdesk.com/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/att1/export', {
  method: 'POST',
  body: JSON.stringify({ format: 'pdf' }),
});
const audit = await fetch(\`https://api.app.wdesk.com/prototype/platform/audits/\${auditId}\`);
`;

  /** A path held by a class field and read into a job payload: no call sending it can be identified. */
  const UNSENT_CODE = `
class ExportJob {
  readonly url = \`\${base}/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`;
}
await queue.add('export', { url: new ExportJob().url });
`;

  function lint(today: string, code = CODE): Linter.LintMessage[] {
    const messages = new Linter().verify(
      code,
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser as Linter.Parser },
          plugins: { 'workiva-sunset': plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
          rules: { [RULE]: ['error', { today }] },
        },
      ],
      { filename: path.join(ROOT, 'test/fixtures/rules/troubleshooting.ts') },
    );
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    return messages.filter((message) => message.ruleId === RULE);
  }

  const normalise = (message: string): string => message.replace(/\d+ days? from now/, '<N> days from now');

  it('quotes the three countdown phases, the no-successor message and the suggestion', () => {
    for (const today of ['2026-03-01', '2027-01-15', '2027-02-01']) {
      const [exportCall, auditCall] = lint(today);
      expectQuoted(normalise(exportCall!.message));
      if (today === '2026-03-01') {
        expectQuoted(normalise(auditCall!.message));
        expectQuoted(exportCall!.suggestions![0]!.desc);
      }
    }
  });

  it('quotes the report at a path whose sending call was not identified', () => {
    const [unsent] = lint('2026-03-01', UNSENT_CODE);
    expectQuoted(normalise(unsent!.message));
  });

  it('quotes the error for a malformed WORKIVA_SUNSET_TODAY', () => {
    vi.stubEnv('WORKIVA_SUNSET_TODAY', '2027-1-15');
    try {
      expect(() => plugin.configs.create()).toThrow();
      try {
        plugin.configs.create();
      } catch (error) {
        expectQuoted((error as Error).message);
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('codemod markers and CLI errors', () => {
  let fixture: DocFixture;

  beforeAll(() => {
    fixture = createFixture("export default [];\n");
  });
  afterAll(() => fixture?.remove());

  it('quotes the markers the codemod writes', () => {
    const result = fixture.run('npx workiva-sunset migrate --dry-run src');
    expect(result.status).toBe(0);
    const markers = result.stdout
      .split('\n')
      .filter((line) => line.startsWith('+') && line.includes('workiva-sunset: manual migration needed'))
      .map((line) => line.slice(1).trim());
    expect(markers).toHaveLength(1);
    markers.forEach(expectQuoted);
  }, 60_000);

  it('quotes the usage error', () => {
    const result = fixture.run('npx workiva-sunset migrate --dry-run --check src');
    expect(result.status).toBe(2);
    expectQuoted(result.stderr.trimEnd());
  });

  it('quotes the refusal of a --report path that cannot be written', () => {
    const result = fixture.run('npx workiva-sunset migrate src --report reports/migration.md');
    expect(result.status).toBe(2);
    expectQuoted(fixture.normalise(result.stderr.trimEnd()));
  });

  it('quotes the dirty-tree refusal', () => {
    fixture.write('src/evidence-fetch.ts', `${fixture.read('src/evidence-fetch.ts')}// a change not committed yet\n`);
    const result = fixture.run('npx workiva-sunset migrate src');
    expect(result.status).toBe(2);
    expectQuoted(fixture.normalise(result.stderr.trimEnd()));
    fixture.git('checkout', '--', 'src/evidence-fetch.ts');
  }, 60_000);

  it('quotes the parse error of a skipped file', () => {
    fixture.write('src/broken.ts', 'const x = ;\nfetch(`${base}/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/att1/export`);\n');
    const result = fixture.run('npx workiva-sunset migrate --dry-run src');
    expect(result.status).toBe(3);
    const skipped = result.stderr.split('\n').find((line) => line.startsWith('workiva-sunset: skipped'));
    expectQuoted(fixture.normalise(skipped ?? ''));
  }, 60_000);
});

describe('docs/troubleshooting.md', () => {
  it('has no ```text block the code did not produce (run with the other tests of this file)', () => {
    // Only meaningful after the tests above filled `produced`; run alone it checks nothing stale.
    if (produced.length === 0) return;
    const stale = TEXT_BLOCKS.filter((block) => !produced.includes(block));
    expect(stale).toEqual([]);
  });
});
