// With typed parser services, an expression whose type is one string literal counts as that text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '@typescript-eslint/scope-manager';
import { parseAndGenerateServices } from '@typescript-eslint/typescript-estree';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { findRequestSites, setParentPointers } from '../../src/matcher/index.js';
import { FIXTURES, sitesOf } from './helpers.js';

describe('typed parser services', () => {
  it('read a string-literal type where the value is not visible', () => {
    const file = path.join(FIXTURES, 'typed.ts');
    const code = readFileSync(file, 'utf8');
    expect(sitesOf(code, { file: 'typed.ts' })).toEqual([]);

    const program = ts.createProgram([file], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'] });
    const { ast, services } = parseAndGenerateServices(code, { programs: [program], filePath: file, range: true, loc: true });
    setParentPointers(ast);
    const scopeManager = analyze(ast, { sourceType: 'module', jsxPragma: null, lib: ['es2022'] });
    const sites = findRequestSites(ast, { sourceText: code, scopeManager, options: { filename: file }, parserServices: services });
    expect(sites.map((site) => site.match.entry.id)).toEqual(['audit-by-id']);
    expect(sites[0]?.match.params['auditId']).toMatchObject({ kind: 'expression', text: 'id' });
  });
});
