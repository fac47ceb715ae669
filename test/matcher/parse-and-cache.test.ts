// parseForMatcher (the codemod's and the sibling loader's parser) and the per-Program cache.
import path from 'node:path';
import type { ScopeManager } from '@typescript-eslint/scope-manager';
import { describe, expect, it } from 'vitest';
import { MatcherParseError, findRequestSites, paramValueToSource, parseForMatcher, setParentPointers, urlPartsToTemplate } from '../../src/matcher/index.js';
import { FIXTURES, onlySite } from './helpers.js';

describe('parseForMatcher', () => {
  it('parses TypeScript with ranges, locations and parents, and JSX only where allowed', () => {
    const { program, scopeManager } = parseForMatcher('const a = <T,>(x: T) => x;', '/x/a.ts');
    expect(program.range).toEqual([0, 26]);
    expect(program.body[0]?.parent).toBe(program);
    expect(scopeManager.scopes.length).toBeGreaterThan(0);
    expect(() => parseForMatcher('const el = <div>{1}</div>;', '/x/a.tsx')).not.toThrow();
    expect(() => parseForMatcher('const el = <div>{1}</div>;', '/x/a.ts')).toThrow(MatcherParseError);
  });

  it('throws a MatcherParseError with file, line and column', () => {
    let error: unknown;
    try {
      parseForMatcher('const ok = 1;\nconst = 2;', '/x/broken.ts');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MatcherParseError);
    expect(error).toMatchObject({ code: 'MATCHER_PARSE_ERROR', file: '/x/broken.ts', line: 2 });
    expect((error as Error).message).toMatch(/^Cannot parse \/x\/broken\.ts:2:\d+: /);
  });

  it('setParentPointers is idempotent', () => {
    const { program } = parseForMatcher('f(1);', '/x/a.ts');
    setParentPointers(program);
    const statement = program.body[0];
    expect(statement?.type === 'ExpressionStatement' && statement.expression.parent).toBe(statement);
  });
});

describe('findRequestSites', () => {
  it('analyses a Program once and returns the same array to every caller', () => {
    const code = "fetch('/prototype/platform/files/export', { method: 'POST' });";
    const filename = path.join(FIXTURES, 'inline.ts');
    const { program, scopeManager } = parseForMatcher(code, filename);
    const context = { sourceText: code, scopeManager, options: { filename } };
    const first = findRequestSites(program, context);
    expect(first).toHaveLength(1);
    expect(findRequestSites(program, context)).toBe(first);
  });

  it('does no scope work for a file without a catalog keyword', () => {
    const code = "import { a } from 'lib';\nfetch('/api/users', { method: 'POST' }); a.post('/x');";
    const filename = path.join(FIXTURES, 'inline.ts');
    const { program } = parseForMatcher(code, filename);
    const untouchable = new Proxy({} as ScopeManager, {
      get() {
        throw new Error('the scope manager was used');
      },
    });
    expect(findRequestSites(program, { sourceText: code, scopeManager: untouchable, options: { filename } })).toEqual([]);
  });

  it('analyses scopes itself when given no scope manager', () => {
    const code = "const p = '/prototype/platform/files/export'; fetch(p, { method: 'POST' });";
    const filename = path.join(FIXTURES, 'inline.ts');
    const { program } = parseForMatcher(code, filename);
    expect(findRequestSites(program, { sourceText: code, scopeManager: null, options: { filename } })).toHaveLength(1);
  });
});

describe('urlPartsToTemplate', () => {
  it('writes a template literal for the codemod, escaping text and re-encoding encoded parts', () => {
    const site = onlySite("declare const BASE: string, id: string; fetch(BASE + '/prototype/platform/audits/' + encodeURIComponent(id) + '?q=`x`');");
    expect(urlPartsToTemplate(site.url)).toBe('`${BASE}/prototype/platform/audits/${encodeURIComponent(id)}?q=\\`x\\``');
    expect(urlPartsToTemplate(site.match.base)).toBe('BASE');
  });
});

describe('paramValueToSource', () => {
  it('quotes literals and gives expressions as written', () => {
    expect(paramValueToSource({ kind: 'literal', value: "it's" })).toBe("'it\\'s'");
    expect(paramValueToSource({ kind: 'expression', node: null, text: 'ref.auditId', encoded: true })).toBe('ref.auditId');
  });
});
