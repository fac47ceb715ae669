// A throw-away user project for the docs tests: the demo app's sources plus two calls the codemod
// keeps as written inside withExportRouting and one only a human can migrate, the getting-started ESLint config, a git repository, and an `npx` on PATH that runs
// this package's ESLint, vitest and `workiva-sunset` CLI from source. Doc commands run verbatim in bash.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The package's public specifiers, pointed at the sources (the package is not built in tests). */
const SOURCE_OF_SPECIFIER: readonly (readonly [string, string])[] = [
  ['@workiva-sunset/tools/eslint-plugin', 'rules/index.ts'],
  ['@workiva-sunset/tools/catalog', 'src/catalog/index.ts'],
  ['@workiva-sunset/tools/testing', 'src/testing/index.ts'],
  ['workiva-sunset/catalog', 'packages/runtime/src/catalog/index.ts'],
  ['workiva-sunset', 'packages/runtime/src/index.ts'],
  ['@workiva-sunset/safety-net', 'packages/safety-net/src/index.ts'],
];

export function toSourceSpecifiers(code: string): string {
  let result = code;
  for (const [specifier, file] of SOURCE_OF_SPECIFIER) {
    result = result.replaceAll(`'${specifier}'`, JSON.stringify(path.join(ROOT, file)));
  }
  return result;
}

export const SPECIFIER_PATHS: Readonly<Record<string, string[]>> = Object.fromEntries(SOURCE_OF_SPECIFIER.map(([specifier, file]) => [specifier, [path.join(ROOT, file)]]));

/** Where the project lives in the docs' examples. */
export const DOC_PROJECT_DIR = '/home/me/project';

export const MANUAL_SOURCES: Readonly<Record<string, string>> = {
  'src/payload-export.ts': `import { WORKIVA_API_URL } from './config.js';

export async function exportWithPayload(payload: unknown, token: string): Promise<Response> {
  return fetch(\`\${WORKIVA_API_URL}/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/att1/export\`, {
    method: 'POST',
    headers: { Authorization: \`Bearer \${token}\` },
    body: JSON.stringify(payload),
  });
}
`,
  'src/relative-export.ts': `export async function exportThroughProxy(): Promise<Response> {
  return fetch('/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/att1/export', { method: 'POST', body: '{"format":"pdf"}' });
}
`,
  'src/saga-export.ts': `import { WORKIVA_API_URL } from './config.js';

function* authHeaders(token: string): Generator<never, Record<string, string>, unknown> {
  return { Authorization: \`Bearer \${token}\`, 'Content-Type': 'application/json' };
}

/** A redux-saga style step: the \`yield\` inside the call keeps it from moving into an arrow function. */
export function* exportSaga(token: string): Generator<unknown, Response, Response> {
  return yield fetch(\`\${WORKIVA_API_URL}/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/att1/export\`, {
    method: 'POST',
    headers: yield* authHeaders(token),
    body: JSON.stringify({ format: 'pdf' }),
  });
}
`,
};

const VITEST_CONFIG = `const conditions = ['@workiva-sunset/source'];
export default { root: process.cwd(), resolve: { conditions }, ssr: { resolve: { conditions } } };
`;

const NPX_SHIM = `#!/bin/sh
# The docs' npx, offline: this repository's tools from source.
tool="$1"; shift
case "$tool" in
  workiva-sunset) exec node --import tsx "$WORKIVA_SUNSET_ROOT/codemods/cli.ts" "$@" ;;
  eslint) exec node --import tsx "$WORKIVA_SUNSET_ROOT/node_modules/eslint/bin/eslint.js" "$@" ;;
  vitest) exec node "$WORKIVA_SUNSET_ROOT/node_modules/vitest/vitest.mjs" --config "$WORKIVA_SUNSET_VITEST_CONFIG" "$@" ;;
  *) echo "docs fixture: npx $tool is not available offline" >&2; exit 127 ;;
esac
`;

export interface CommandResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface DocFixture {
  /** The project directory (real path). */
  readonly dir: string;
  /** Runs a command line in bash in the project, with WORKIVA_SUNSET_TODAY pinned to 2026-03-01. */
  run(command: string, env?: Readonly<Record<string, string>>): CommandResult;
  git(...args: string[]): CommandResult;
  write(file: string, text: string): void;
  read(file: string): string;
  /** Replaces the project directory by DOC_PROJECT_DIR. */
  normalise(text: string): string;
  remove(): void;
}

export function createFixture(eslintConfig: string): DocFixture {
  const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'workiva-sunset-docs-')));
  const dir = path.join(base, 'project');
  const bin = path.join(base, 'bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'npx'), NPX_SHIM);
  // Outside the project (its files and git status stay the docs'): resolve the runtime package to its
  // sources, as every test in this repository does, since nothing is built.
  writeFileSync(path.join(base, 'vitest.config.mjs'), VITEST_CONFIG);
  chmodSync(path.join(bin, 'npx'), 0o755);
  cpSync(path.join(ROOT, 'examples/legacy-app/src'), path.join(dir, 'src'), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');

  const write = (file: string, text: string): void => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  write('package.json', `${JSON.stringify({ name: 'sample-service', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`);
  write('.gitignore', 'node_modules\n*.sarif\nmigration-report.md\nstep-summary.md\n');
  write('eslint.config.js', toSourceSpecifiers(eslintConfig));
  for (const [file, text] of Object.entries(MANUAL_SOURCES)) write(file, text);

  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}`, WORKIVA_SUNSET_ROOT: ROOT, WORKIVA_SUNSET_VITEST_CONFIG: path.join(base, 'vitest.config.mjs'), WORKIVA_SUNSET_TODAY: '2026-03-01' };
  delete env['WORKIVA_SUNSET_ROUTE'];
  delete env['GITHUB_STEP_SUMMARY'];
  delete env['FORCE_COLOR'];
  env['NO_COLOR'] = '1';

  const git = (...args: string[]): CommandResult => {
    const result = spawnSync('git', ['-c', 'user.email=docs@example.com', '-c', 'user.name=docs', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'the service before the migration');

  return {
    dir,
    run(command, extraEnv = {}) {
      const result = spawnSync('bash', ['-c', command], { cwd: dir, encoding: 'utf8', env: { ...env, ...extraEnv }, timeout: 120_000 });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    git,
    write,
    read: (file) => readFileSync(path.join(dir, file), 'utf8'),
    normalise: (text) => text.replaceAll(dir, DOC_PROJECT_DIR),
    remove: () => rmSync(base, { recursive: true, force: true }),
  };
}
