// Fixture pairs of the codemod (`codemods/__testfixtures__/<case>.input.ts` → `<case>.output.ts`),
// discovered from the folder: each output must match, be a fixed point of the transform, and
// type-check with no diagnostics its input did not already have.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { transformSource } from '../../codemods/runner/process-file.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = path.join(root, 'codemods/__testfixtures__');
const cases = readdirSync(fixtures)
  .filter((name) => name.endsWith('.input.ts'))
  .map((name) => name.slice(0, -'.input.ts'.length))
  .sort();

const read = (file: string) => readFileSync(file, 'utf8');
const inputOf = (name: string) => path.join(fixtures, `${name}.input.ts`);
const outputOf = (name: string) => path.join(fixtures, `${name}.output.ts`);

describe('sample-attachment-export fixtures', () => {
  it('has fixture pairs, each with its output', () => {
    expect(cases.length).toBeGreaterThan(20);
    for (const name of cases) expect(existsSync(outputOf(name)), `${name}.output.ts`).toBe(true);
  });

  describe.each(cases)('%s', (name) => {
    it('rewrites the input to the expected output', () => {
      const { output } = transformSource(read(inputOf(name)), inputOf(name), 'workiva-sunset');
      expect(output).toBe(read(outputOf(name)));
    });

    it('changes nothing when run again on its output', () => {
      const expected = read(outputOf(name));
      const { output, result } = transformSource(expected, outputOf(name), 'workiva-sunset');
      expect(output).toBe(expected);
      expect(result.changed).toBe(false);
      expect(result.manual.every((site) => !site.markerAdded)).toBe(true);
    });
  });

  it('keeps CRLF line endings when it removes the declarations a rewrite left unused', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const name = 'cleanup-unused-url-const';
    const { output } = transformSource(crlf(read(inputOf(name))), inputOf(name), 'workiva-sunset');
    expect(output).toBe(crlf(read(outputOf(name))));
  });

  it('outputs type-check with no diagnostics their inputs did not have', () => {
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noUncheckedIndexedAccess: true,
      // Real projects often build with noUnusedLocals: a rewrite must not leave a `const url`, a
      // helper or an import unused. Unused parameters are the team's signature, not the rewrite's.
      noUnusedLocals: true,
      noUnusedParameters: false,
      skipLibCheck: true,
      esModuleInterop: true,
      noEmit: true,
      types: ['node'],
      paths: { 'workiva-sunset': [path.join(root, 'packages/runtime/src/index.ts')], '@workiva-sunset/safety-net': [path.join(root, 'packages/safety-net/src/index.ts')] },
    };
    const files = cases.flatMap((name) => [inputOf(name), outputOf(name)]);
    const program = ts.createProgram(files, options);
    const diagnosticsOf = (file: string) =>
      ts
        .getPreEmitDiagnostics(program, program.getSourceFile(file))
        .filter((d) => d.file?.fileName === file)
        .map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    const fresh: string[] = [];
    for (const name of cases) {
      const before = diagnosticsOf(inputOf(name));
      for (const diagnostic of diagnosticsOf(outputOf(name))) {
        const index = before.indexOf(diagnostic);
        if (index === -1) fresh.push(`${name}.output.ts: ${diagnostic}`);
        else before.splice(index, 1);
      }
    }
    expect(fresh).toEqual([]);
  });
});
