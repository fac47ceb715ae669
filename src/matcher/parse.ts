// Parses a file the way the matcher expects it (ranges, locations, parents, scopes): used by the
// codemod and for sibling modules, which have no ESLint around them.
import { analyze, type ScopeManager } from '@typescript-eslint/scope-manager';
import { parse, TSError } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/utils';
import { setParentPointers } from './ast.js';

export class MatcherParseError extends Error {
  override readonly name = 'MatcherParseError';
  readonly code = 'MATCHER_PARSE_ERROR';
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly column: number | null,
    readonly reason: string,
  ) {
    super(`Cannot parse ${file}${line === null ? '' : `:${line}:${column ?? 0}`}: ${reason}`);
  }
}

export interface ParsedFile {
  readonly program: TSESTree.Program;
  readonly scopeManager: ScopeManager;
}

/** JSX is on except for plain TypeScript, where `<T>x` is a type assertion. */
function allowsJsx(filename: string): boolean {
  return !/\.[cm]?ts$/i.test(filename);
}

export function parseForMatcher(text: string, filename: string): ParsedFile {
  let program: TSESTree.Program;
  try {
    program = parse(text, { range: true, loc: true, comment: false, jsx: allowsJsx(filename), filePath: filename });
  } catch (error) {
    if (error instanceof TSError) throw new MatcherParseError(filename, error.lineNumber, error.column, error.message);
    throw new MatcherParseError(filename, null, null, error instanceof Error ? error.message : String(error));
  }
  setParentPointers(program);
  const scopeManager = analyze(program, { sourceType: 'module', jsxPragma: null, lib: ['es2022'] });
  return { program, scopeManager };
}
