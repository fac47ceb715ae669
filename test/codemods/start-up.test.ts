// What a codemod process loads and parses: one TypeScript compiler (ts-morph's, shared with
// typescript-estree), none at all when no file passes the pre-filter, and the check that refuses an
// unparsable rewrite without a ts-morph Project of its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getSyntaxErrors } from '../../codemods/transforms/syntax-errors.js';
import { removeTemporaryDirectories, root, temporaryDirectories, tsxLoader } from './helpers.js';

afterEach(removeTemporaryDirectories);

/** Runs an ES module in a fresh Node process (tsx, the repository's sources) and returns its stdout as JSON. */
function runModule(code: string): unknown {
  const result = spawnSync(process.execPath, ['--import', tsxLoader, '--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '--conditions=@workiva-sunset/source' } });
  if (result.status !== 0) throw new Error(`child failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? 'null');
}

/** Lists the TypeScript compilers loaded in the child process, as `[file, version]`. */
const LOADED_COMPILERS = `
const { createRequire } = await import('node:module');
const cache = createRequire(${JSON.stringify(path.join(root, 'package.json'))}).cache;
const compilers = Object.entries(cache).filter(([file]) => /typescript\\.js$/.test(file)).map(([file, module]) => [path.relative(${JSON.stringify(root)}, file), module.exports.version]);
`;

describe('codemod start-up', () => {
  it('gives typescript-estree the TypeScript that ts-morph bundles, so one compiler is loaded', () => {
    const [estreeCompiler, tsMorphVersion, shared] = runModule(`
      import path from 'node:path';
      import { createRequire } from 'node:module';
      await import('./codemods/runner/process-file.ts');
      const require = createRequire(${JSON.stringify(path.join(root, 'package.json'))});
      const estreeTypescript = createRequire(require.resolve('@typescript-eslint/typescript-estree')).resolve('typescript');
      const { ts } = require('ts-morph');
      console.log(JSON.stringify([path.relative(${JSON.stringify(root)}, estreeTypescript), ts.version, require.cache[estreeTypescript]?.exports === ts]));
    `) as [string, string, boolean];
    expect(estreeCompiler).toBe('node_modules/typescript/lib/typescript.js');
    expect(tsMorphVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(shared).toBe(true);
  });

  it('loads no TypeScript compiler for a --check where no file passes the pre-filter', () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'workiva-sunset-start-up-'));
    temporaryDirectories.push(directory);
    writeFileSync(path.join(directory, 'service.ts'), "import { helper } from './helper.js';\nexport const load = (id: string) => fetch(`/api/records/${id}`).then(helper);\n");
    writeFileSync(path.join(directory, 'helper.ts'), 'export const helper = (response: Response) => response.json();\n');
    const [compilers, parsed] = runModule(`
      import path from 'node:path';
      import { PassThrough } from 'node:stream';
      const { runMigrate } = await import('./codemods/runner/run.ts');
      const { parseCommand } = await import('./codemods/runner/options.ts');
      const command = parseCommand(['migrate', '--check', ${JSON.stringify(directory)}], {}, Date.UTC(2026, 10, 28));
      const { summary } = await runMigrate(command.options, { cwd: ${JSON.stringify(directory)}, stdout: new PassThrough(), stderr: new PassThrough(), version: '0.0.0-test' });
      ${LOADED_COMPILERS}
      console.log(JSON.stringify([compilers, summary.candidates]));
    `) as [string[][], number];
    expect(parsed).toBe(0);
    expect(compilers).toEqual([]);
  });
});

describe('getSyntaxErrors', () => {
  it('is empty for text that parses, in TypeScript, JavaScript and JSX', () => {
    expect(getSyntaxErrors("import { x } from './x.js';\nexport const y: number = x;\n", '.ts')).toEqual([]);
    expect(getSyntaxErrors("const { x } = require('./x');\nmodule.exports = x;\n", '.js')).toEqual([]);
    expect(getSyntaxErrors('export const view = <div className="a">{1}</div>;\n', '.jsx')).toEqual([]);
  });

  it("gives each of TypeScript's syntax errors as `line: message`", () => {
    expect(getSyntaxErrors('const a = 1;\nconst b = ;\n', '.ts')).toEqual(['2: Expression expected.']);
    expect(getSyntaxErrors('const a = 1;\r\n\r\nfunction (\r\n', '.ts')).toEqual(['3: Identifier expected.', "4: ')' expected."]);
  });

  it('reports TypeScript-only syntax in a JavaScript file, as the compiler does for allowJs', () => {
    expect(getSyntaxErrors('let count: number = 1;\n', '.js')).toEqual(['1: Type annotations can only be used in TypeScript files.']);
    expect(getSyntaxErrors('let count: number = 1;\n', '.ts')).toEqual([]);
  });

  it('parses `<T>value` as a type assertion in .ts and as JSX in .tsx', () => {
    expect(getSyntaxErrors('const n = <number>value;\n', '.ts')).toEqual([]);
    expect(getSyntaxErrors('const n = <number>value;\n', '.tsx')).toEqual(["1: JSX element 'number' has no corresponding closing tag.", "2: '</' expected."]);
  });
});
