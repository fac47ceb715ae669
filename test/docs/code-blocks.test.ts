// Every fenced code block in README.md and docs/**/*.md is true: ts/js blocks type-check against the
// sources, every shell command runs (verbatim, in bash) on a sample project with the expected result,
// the PR-check workflow runs only those commands, and every relative link resolves. A block that
// none of this covers, and that is not listed below as tested elsewhere, fails the test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP } from '../../codemods/runner/options.js';
import { createFixture, ROOT, SPECIFIER_PATHS, toSourceSpecifiers, type CommandResult, type DocFixture } from './fixture.js';

interface Block {
  readonly file: string;
  readonly line: number;
  readonly lang: string;
  readonly code: string;
}

function getMarkdownFiles(): string[] {
  const docs = readdirSync(path.join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.posix.join('docs', file.split(path.sep).join('/')));
  return ['README.md', ...docs.sort()];
}

function getBlocks(file: string): Block[] {
  const markdown = readFileSync(path.join(ROOT, file), 'utf8');
  const blocks: Block[] = [];
  for (const match of markdown.matchAll(/^(`{3,})([\w-]*)[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm)) {
    blocks.push({ file, line: markdown.slice(0, match.index).split('\n').length, lang: match[2] ?? '', code: match[3] ?? '' });
  }
  return blocks;
}

const BLOCKS = getMarkdownFiles().flatMap(getBlocks);
const describeBlock = (block: Block): string => `${block.file}:${block.line} (\`\`\`${block.lang || 'untagged'})`;

// ---- How each block is covered -------------------------------------------------------------

const ESLINT_CONFIG_IMPORTS = "import tsParser from '@typescript-eslint/parser';\nimport workivaSunset from '@workiva-sunset/tools/eslint-plugin';\n";

type Coverage =
  | { readonly kind: 'typecheck'; readonly prelude?: string }
  | { readonly kind: 'commands' }
  | { readonly kind: 'workflow' }
  | { readonly kind: 'json-report' }
  | { readonly kind: 'usage' }
  | { readonly kind: 'elsewhere'; readonly by: string };

/** The explicit list: blocks tested by another test, or fragments whose content is asserted elsewhere. */
const COVERED_ELSEWHERE: readonly { readonly file: string; readonly lang: string; readonly startsWith?: string; readonly coverage: Coverage }[] = [
  { file: 'docs/wrapper.md', lang: 'ts', coverage: { kind: 'elsewhere', by: 'test/runtime/docs.test.ts runs each block against the simulator' } },
  { file: 'docs/rules/no-deprecated-endpoint.md', lang: 'ts', startsWith: '// ❌', coverage: { kind: 'elsewhere', by: 'test/rules/docs.test.ts: reported by the rule' } },
  { file: 'docs/rules/no-deprecated-endpoint.md', lang: 'ts', startsWith: '// ✅', coverage: { kind: 'elsewhere', by: 'test/rules/docs.test.ts: not reported' } },
  {
    file: 'docs/rules/no-deprecated-endpoint.md',
    lang: 'ts',
    startsWith: '// Before',
    coverage: { kind: 'elsewhere', by: 'before/after fragment: the suggestion output is asserted in test/rules/no-deprecated-endpoint.cases.ts' },
  },
  // Continues the eslint.config.js block above it: type-checked with that block's imports.
  { file: 'docs/rules/no-deprecated-endpoint.md', lang: 'js', startsWith: 'export default [', coverage: { kind: 'typecheck', prelude: ESLINT_CONFIG_IMPORTS } },
  {
    file: 'docs/codemod.md',
    lang: 'ts',
    startsWith: '// before',
    coverage: { kind: 'elsewhere', by: 'before/after fragment of fixture fetch-multiline-template (test/codemods/fixtures.test.ts)' },
  },
  {
    file: 'docs/codemod.md',
    lang: 'ts',
    startsWith: '/* workiva-sunset: manual migration needed',
    coverage: { kind: 'elsewhere', by: 'marker fragment: the codemod writes this marker in test/docs/troubleshooting.test.ts' },
  },
  { file: 'docs/codemod.md', lang: 'json', coverage: { kind: 'json-report' } },
  { file: 'docs/codemod.md', lang: '', startsWith: 'workiva-sunset migrate [paths...]', coverage: { kind: 'usage' } },
  { file: 'docs/preflight.md', lang: 'json', coverage: { kind: 'elsewhere', by: 'test/preflight/preflight.test.ts: a real --json report has exactly these fields' } },
  { file: 'docs/troubleshooting.md', lang: 'text', coverage: { kind: 'elsewhere', by: 'test/docs/troubleshooting.test.ts compares each message with the code' } },
];

function coverageOf(block: Block): Coverage | undefined {
  const listed = COVERED_ELSEWHERE.find(
    (entry) => entry.file === block.file && entry.lang === block.lang && (entry.startsWith === undefined || block.code.startsWith(entry.startsWith)),
  );
  if (listed) return listed.coverage;
  if (block.lang === 'ts' || block.lang === 'js') return { kind: 'typecheck' };
  if (block.lang === 'sh' || block.lang === 'bash' || block.lang === 'console') return { kind: 'commands' };
  if (block.lang === 'yaml' || block.lang === 'yml') return { kind: 'workflow' };
  return undefined;
}

// ---- Shell commands ---------------------------------------------------------------------------

/** The command lines of a shell block: comments and prompts removed, `\` continuations joined. */
function getCommands(block: Block): string[] {
  const lines = block.code.replace(/\\\n\s*/g, '').split('\n');
  const commands: string[] = [];
  for (const raw of lines) {
    let line = raw.trim();
    if (block.lang === 'console') {
      if (!line.startsWith('$ ')) continue;
      line = line.slice(2);
    }
    line = line.replace(/\s+#\s.*$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    commands.push(line);
  }
  return commands;
}

/** Commands the docs show that this test does not run, and what covers them instead. Keep it small. */
const EXERCISED_ELSEWHERE: Readonly<Record<string, string>> = {
  'npm ci && npm run demo': 'test/demo/demo.test.ts runs the demo',
  'npm ci && npm test': 'CI runs exactly this',
  'npm i workiva-sunset': 'needs the npm registry; test/package/pack.test.ts installs the packed runtime, the exports are checked below',
  'npm i -D @workiva-sunset/tools': 'needs the npm registry; test/package/pack.test.ts installs the packed tools, the exports and bin are checked below',
  'npm ci': "the user's own install (workflow); needs the npm registry",
  'npx workiva-sunset preflight workiva-ids.csv': 'needs credentials and an API: test/preflight/preflight.test.ts runs preflight on a CSV file against the simulator',
  'npx workiva-sunset preflight workiva-ids.csv --export': 'needs credentials and an API: test/preflight/preflight.test.ts runs preflight --export on a CSV file against the simulator',
  'npx workiva-sunset preflight workiva-ids.json --export --json > preflight.json': 'needs credentials and an API: test/preflight/preflight.test.ts runs preflight --export --json against the simulator',
};

interface Step {
  readonly command: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly status: number;
  readonly check?: (result: CommandResult, fixture: DocFixture) => void;
}

const RULE = 'workiva-sunset/no-deprecated-endpoint';
const SUMMARY_FILE = 'step-summary.md';

const notReportedAfterMigration = (result: CommandResult): void => {
  expect(result.stdout).not.toContain('evidence-fetch.ts');
  // Kept as written inside withExportRouting: migrated, so no longer reported.
  expect(result.stdout).not.toContain('payload-export.ts');
  expect(result.stdout).not.toContain('relative-export.ts');
  expect(result.stdout).toContain('saga-export.ts');
};

/** The sample project's life, in order: before the migration, the migration, after it. */
const STEPS: readonly Step[] = [
  {
    command: 'npx eslint .',
    status: 0,
    check: (r) => {
      expect(r.stdout).toContain('✖ 6 problems (0 errors, 6 warnings)');
      expect(r.stdout).toContain(RULE);
    },
  },
  { command: 'npx eslint --max-warnings 0 .', status: 1, check: (r) => expect(r.stdout + r.stderr).toContain('ESLint found too many warnings (maximum: 0)') },
  { command: 'WORKIVA_SUNSET_TODAY=2027-01-15 npx eslint .', status: 1, check: (r) => expect(r.stdout).toContain('only 16 days from now; calls will then fail') },
  ...['results.sarif', 'eslint.sarif'].flatMap((sarif): Step[] => [
    { command: `npx eslint -f @microsoft/eslint-formatter-sarif -o ${sarif} .`, status: 0, check: (_r, fx) => expectSarifResults(fx.read(sarif), 6) },
    { command: `npx eslint -f @microsoft/eslint-formatter-sarif -o ${sarif} . || true`, status: 0, check: (_r, fx) => expectSarifResults(fx.read(sarif), 6) },
  ]),
  { command: 'npx workiva-sunset migrate --check', status: 1, check: (r) => expect(r.stderr).toContain('6 file(s) would change, 5 site(s) rewritten, 1 need manual migration') },
  { command: 'npx workiva-sunset migrate src --check', status: 1 },
  ...['npx workiva-sunset migrate --dry-run src', 'npx workiva-sunset migrate src --dry-run'].map(
    (command): Step => ({
      command,
      status: 0,
      check: (r, fx) => {
        expect(r.stdout).toContain("+import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';");
        expect(fx.git('status', '--porcelain').stdout).toBe('');
      },
    }),
  ),
  {
    command: 'npx workiva-sunset migrate --dry-run --report migration-report.md',
    status: 0,
    check: (_r, fx) => {
      const report = fx.read('migration-report.md');
      expect(report).toMatch(/^# Workiva sunset migration report\n/);
      expect(report).toContain('| sites migrated automatically | 5 |');
      expect(report).toContain('| of which kept as written inside `withExportRouting` (add `@workiva-sunset/safety-net` to `dependencies`) | 2 |');
      expect(report).toContain('| sites needing manual migration | 1 |');
    },
  },
  {
    command: 'cat migration-report.md >> "$GITHUB_STEP_SUMMARY"',
    env: { GITHUB_STEP_SUMMARY: SUMMARY_FILE },
    status: 0,
    check: (_r, fx) => expect(fx.read(SUMMARY_FILE)).toBe(fx.read('migration-report.md')),
  },
  {
    command: 'npx workiva-sunset migrate src',
    status: 0,
    check: (r, fx) => {
      expect(r.stderr).toContain('6 file(s) changed, 5 site(s) rewritten, 1 need manual migration');
      expect(fx.read('src/evidence-fetch.ts')).toContain('exportSampleAttachmentAsFetchResponse(');
      expect(fx.read('src/payload-export.ts')).toContain('return withExportRouting(() => fetch(');
    },
  },
  { command: 'grep -rn "workiva-sunset: manual migration needed" src', status: 0, check: (r) => expect(r.stdout.trim().split('\n')).toEqual([expect.stringContaining('src/saga-export.ts:')]) },
  { command: 'npx workiva-sunset migrate --check', status: 0 },
  { command: 'npx workiva-sunset migrate src --check', status: 0 },
  { command: 'npx eslint .', status: 0, check: notReportedAfterMigration },
  { command: 'npx eslint --max-warnings 0 .', status: 1, check: notReportedAfterMigration },
  { command: 'npx vitest run test/workiva-export.test.ts', status: 0, check: (r) => expect(r.stdout).toMatch(/Tests\s+(\S+\s+)?2 passed/) },
];

function expectSarifResults(text: string, count: number): void {
  const sarif = JSON.parse(text) as { runs: { results: { ruleId: string }[] }[] };
  expect(sarif.runs[0]?.results.filter((result) => result.ruleId === RULE)).toHaveLength(count);
}

const RUN_COMMANDS = new Set(STEPS.map((step) => step.command));

// ---- The workflow (YAML, read minimally) ------------------------------------------------------

interface Workflow {
  readonly uses: string[];
  readonly runs: string[];
  readonly nodeVersions: string[];
}

/** `uses:` values, `node-version:` values and the commands of every `run:` (one line, or each line of a `|` block). */
function readWorkflow(yaml: string): Workflow {
  const lines = yaml.split('\n');
  const uses: string[] = [];
  const runs: string[] = [];
  const nodeVersions: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const usesMatch = /^\s*(?:-\s+)?uses:\s*(\S+)/.exec(line);
    if (usesMatch) uses.push(usesMatch[1]!);
    const nodeVersionMatch = /^\s*node-version:\s*['"]?([^'"\s#]+)/.exec(line);
    if (nodeVersionMatch) nodeVersions.push(nodeVersionMatch[1]!);
    const runMatch = /^(\s*(?:-\s+)?)run:\s*(.*)$/.exec(line);
    if (!runMatch) continue;
    const value = runMatch[2]!.trim();
    if (value !== '|' && value !== '>') {
      runs.push(value);
      continue;
    }
    const keyIndent = runMatch[1]!.length;
    while (index + 1 < lines.length && (lines[index + 1]!.trim() === '' || lines[index + 1]!.search(/\S/) > keyIndent)) {
      const command = lines[++index]!.trim();
      if (command !== '' && !command.startsWith('#')) runs.push(command);
    }
  }
  return { uses, runs, nodeVersions };
}

const WORKFLOW_FILE = 'docs/github-actions/workiva-sunset.yml';

/**
 * The current major of every action the docs use. The majors before these run on Node 20, which GitHub's
 * runners force onto Node 24 with a deprecation annotation on every job (checkout and setup-node v6,
 * codeql-action v4 run on Node 24).
 */
const CURRENT_ACTION_MAJORS: Readonly<Record<string, string>> = {
  'actions/checkout': 'v6',
  'actions/setup-node': 'v6',
  'github/codeql-action/upload-sarif': 'v4',
};

/** The Node majors CI tests besides the machine's Node 20 (end of life): `.ci/node-versions/package.json`'s `nodeNN` aliases. */
function getCiNodeMajors(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, '.ci/node-versions/package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  return Object.keys(manifest.devDependencies).flatMap((name) => /^node(\d+)$/.exec(name)?.slice(1) ?? []);
}

// ---- Type-checking ----------------------------------------------------------------------------

function typecheck(blocks: readonly { block: Block; prelude: string }[]): Map<Block, string[]> {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true, allowJs: true, checkJs: true, paths: SPECIFIER_PATHS, declaration: false, sourceMap: false };
  const virtual = new Map<string, { block: Block; text: string }>();
  for (const { block, prelude } of blocks) {
    const name = `${block.file.replace(/[/.]/g, '_')}_L${block.line}.${block.lang}`;
    // `export {}` makes every block a module, so blocks cannot see each other's declarations.
    virtual.set(path.join(ROOT, 'test/docs/__blocks__', name), { block, text: `${prelude}${block.code}\nexport {};\n` });
  }
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const entry = virtual.get(path.resolve(fileName));
    return entry ? ts.createSourceFile(fileName, entry.text, languageVersion, true) : getSourceFile(fileName, languageVersion, ...rest);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => virtual.has(path.resolve(fileName)) || fileExists(fileName);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => virtual.get(path.resolve(fileName))?.text ?? readFile(fileName);
  const program = ts.createProgram([...virtual.keys()], options, host);
  const result = new Map<Block, string[]>();
  for (const [fileName, { block }] of virtual) {
    const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(fileName));
    result.set(
      block,
      diagnostics.map((d) => {
        const position = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
        return `${position ? `block line ${position.line + 1}: ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      }),
    );
  }
  return result;
}

// ---- Links ------------------------------------------------------------------------------------

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function getAnchors(markdown: string): Set<string> {
  const withoutCode = markdown.replace(/^(`{3,})[\s\S]*?^\1[ \t]*$/gm, '');
  const anchors = new Set<string>();
  for (const match of withoutCode.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    anchors.add(match[1]!.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-'));
  }
  return anchors;
}

// ---- The tests --------------------------------------------------------------------------------

describe('fenced code blocks in README.md and docs/', () => {
  it('finds the blocks of every page', () => {
    expect(getMarkdownFiles()).toEqual(
      expect.arrayContaining(['README.md', 'docs/getting-started.md', 'docs/pr-checks.md', 'docs/adding-a-catalog-entry.md', 'docs/troubleshooting.md', 'docs/wrapper.md']),
    );
    expect(BLOCKS.length).toBeGreaterThan(30);
  });

  it('covers every block (type-checked, run, or listed as tested elsewhere)', () => {
    const uncovered = BLOCKS.filter((block) => coverageOf(block) === undefined).map(describeBlock);
    expect(uncovered).toEqual([]);
  });

  it('every entry of the explicit list still matches a block', () => {
    const unused = COVERED_ELSEWHERE.filter((entry) => !BLOCKS.some((block) => coverageOf(block) === entry.coverage)).map((entry) => `${entry.file} ${entry.lang} ${entry.startsWith ?? ''}`);
    expect(unused).toEqual([]);
  });

  it('type-checks every ts/js block against the sources', () => {
    const blocks = BLOCKS.flatMap((block) => {
      const coverage = coverageOf(block);
      return coverage?.kind === 'typecheck' ? [{ block, prelude: coverage.prelude ?? '' }] : [];
    });
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    const failures = [...typecheck(blocks)].flatMap(([block, errors]) => errors.map((error) => `${describeBlock(block)}: ${error}`));
    expect(failures).toEqual([]);
  }, 60_000);

  it('runs every shell command the docs show, or names what covers it', () => {
    const unknown = BLOCKS.filter((block) => coverageOf(block)?.kind === 'commands')
      .flatMap((block) => getCommands(block).map((command) => ({ block, command })))
      .filter(({ command }) => !RUN_COMMANDS.has(command) && EXERCISED_ELSEWHERE[command] === undefined)
      .map(({ block, command }) => `${describeBlock(block)}: ${command}`);
    expect(unknown).toEqual([]);
  });

  it('the two packages export the specifiers and the bin the docs use', () => {
    type Manifest = { name: string; exports: Record<string, unknown>; bin?: Record<string, string> };
    const tools = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
    const runtime = JSON.parse(readFileSync(path.join(ROOT, 'packages/runtime/package.json'), 'utf8')) as Manifest;
    expect(tools.name).toBe('@workiva-sunset/tools');
    expect(Object.keys(tools.exports)).toEqual(expect.arrayContaining(['./eslint-plugin', './catalog', './testing']));
    expect(tools.bin?.['workiva-sunset']).toBe('./dist/codemods/cli.js');
    expect(runtime.name).toBe('workiva-sunset');
    expect(Object.keys(runtime.exports)).toEqual(expect.arrayContaining(['.', './catalog']));
    // The simulator is a dev-time tool: never in the production package.
    expect(Object.keys(runtime.exports)).not.toContain('./testing');
  });

  it('the JSON report example has the real report shape', () => {
    const block = BLOCKS.find((candidate) => coverageOf(candidate)?.kind === 'json-report')!;
    const example = JSON.parse(block.code) as Record<string, unknown>;
    expect(Object.keys(example)).toEqual(Object.keys(realJsonReport!));
    expect(Object.keys(example['totals'] as object)).toEqual(Object.keys(realJsonReport!['totals'] as object));
  });

  it('the usage block is the CLI help', () => {
    for (const block of BLOCKS.filter((candidate) => coverageOf(candidate)?.kind === 'usage')) {
      expect(HELP).toContain(`Usage: ${block.code.trim()}`);
    }
  });
});

describe(`the PR-check workflow (${WORKFLOW_FILE})`, () => {
  const workflow = readWorkflow(readFileSync(path.join(ROOT, WORKFLOW_FILE), 'utf8'));

  it('checks out, sets up Node (its ESLint problem matchers annotate the diff) and uploads SARIF', () => {
    expect(workflow.uses).toEqual(expect.arrayContaining(['actions/checkout@v6', 'actions/setup-node@v6', 'github/codeql-action/upload-sarif@v4']));
  });

  it('uses only the current major of each action, here and in the docs\' YAML blocks', () => {
    const yamlUses = BLOCKS.filter((block) => coverageOf(block)?.kind === 'workflow').flatMap((block) => readWorkflow(block.code).uses);
    const outdated = [...workflow.uses, ...yamlUses].filter((uses) => {
      const [action, major] = uses.split('@') as [string, string | undefined];
      return CURRENT_ACTION_MAJORS[action] !== major;
    });
    expect(outdated).toEqual([]);
  });

  it('sets up a Node version CI tests and that is still supported (not 20)', () => {
    const supported = getCiNodeMajors();
    expect(supported).toEqual(['22', '24']);
    const setupSteps = workflow.uses.filter((uses) => uses.startsWith('actions/setup-node@')).length;
    expect(workflow.nodeVersions).toHaveLength(setupSteps);
    expect(workflow.nodeVersions.filter((version) => !supported.includes(version))).toEqual([]);
  });

  it('runs the lint gate, migrate --check and the report into the job summary', () => {
    expect(workflow.runs).toEqual(
      expect.arrayContaining([
        'npm ci',
        'npx eslint --max-warnings 0 .',
        'npx workiva-sunset migrate --check',
        'npx workiva-sunset migrate --dry-run --report migration-report.md',
        'cat migration-report.md >> "$GITHUB_STEP_SUMMARY"',
        'npx eslint -f @microsoft/eslint-formatter-sarif -o eslint.sarif . || true',
      ]),
    );
  });

  it('runs only commands this test exercises (also in the docs\' YAML blocks)', () => {
    const yamlRuns = BLOCKS.filter((block) => coverageOf(block)?.kind === 'workflow').flatMap((block) => readWorkflow(block.code).runs);
    const unknown = [...workflow.runs, ...yamlRuns].filter((command) => !RUN_COMMANDS.has(command) && EXERCISED_ELSEWHERE[command] === undefined);
    expect(unknown).toEqual([]);
  });
});

describe('relative links', () => {
  it('resolve to files (and headings)', () => {
    const broken: string[] = [];
    for (const file of getMarkdownFiles()) {
      const markdown = readFileSync(path.join(ROOT, file), 'utf8').replace(/^(`{3,})[\s\S]*?^\1[ \t]*$/gm, '');
      for (const match of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = match[1]!;
        if (/^[a-z]+:/i.test(target)) continue;
        const [pathPart, anchor] = target.split('#') as [string, string | undefined];
        const resolved = pathPart === '' ? path.join(ROOT, file) : path.resolve(path.dirname(path.join(ROOT, file)), pathPart);
        if (!existsSync(resolved)) {
          broken.push(`${file}: ${target} (no such file)`);
          continue;
        }
        if (anchor && resolved.endsWith('.md') && !getAnchors(readFileSync(resolved, 'utf8')).has(anchor)) broken.push(`${file}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });
});

// ---- The sample project: every command, in order ----------------------------------------------

let fixture: DocFixture;
let realJsonReport: Record<string, unknown> | undefined;

function getBlock(file: string, lang: string, startsWith: string): string {
  const block = BLOCKS.find((candidate) => candidate.file === file && candidate.lang === lang && candidate.code.startsWith(startsWith));
  if (!block) throw new Error(`${file} has no \`\`\`${lang} block starting with ${startsWith}`);
  return block.code;
}

beforeAll(() => {
  // The project uses the ESLint config and the CI test exactly as getting-started shows them.
  fixture = createFixture(getBlock('docs/getting-started.md', 'js', '// eslint.config.js'));
  fixture.write('test/workiva-export.test.ts', toSourceSpecifiers(getBlock('docs/getting-started.md', 'ts', '// test/workiva-export.test.ts')));
  fixture.git('add', '.');
  fixture.git('commit', '-q', '-m', 'the CI test from getting-started');
  const json = fixture.run('npx workiva-sunset migrate --dry-run --json');
  realJsonReport = JSON.parse(json.stdout) as Record<string, unknown>;
}, 60_000);
afterAll(() => fixture?.remove());

describe('the commands, on a sample project (the demo app plus two manual cases)', () => {
  STEPS.forEach((step, index) => {
    it(`${index + 1}. ${step.command}`, () => {
      const result = fixture.run(step.command, step.env);
      if (result.status !== step.status) expect.fail(`exit ${String(result.status)}, expected ${step.status}\n${result.stdout}\n${result.stderr}`);
      step.check?.(result, fixture);
    }, 120_000);
  });
});
