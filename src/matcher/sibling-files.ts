// Sibling files on disk: resolving a relative import to a file, reading each file once per process
// (cache keyed by path + mtime), and the cheap text facts the pre-filter and the module loader use
// to decide whether a file is worth parsing at all.
import { readFileSync, statSync } from 'node:fs';
// Types only: this module is on the codemod's pre-filter path, which must not load TypeScript.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import path from 'node:path';
import { getLibrarySpecifiers } from './libraries.js';
import { clearAliasTables, getAliasTable, resolveAlias } from './path-aliases.js';
import { getCatalogKeywords } from './match-catalog.js';

/** How many re-export hops the module loader follows before giving up. */
export const MAX_MODULE_DEPTH = 6;

export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const JS_TO_TS: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

/**
 * A catalog keyword where a URL path segment can be: after a `/` (`/prototype/platform`, `'/audits'`),
 * or quoted and joined to more (`['prototype', 'platform']`, `'prototype' + ...`). So
 * `Object.prototype` and `key === 'prototype'` do not count.
 */
const KEYWORDS = getCatalogKeywords().join('|');
// Also a chain of names (`api.prototype.platform.audits(id)…`, chain-path.ts), but not `Foo.prototype.bar`.
const KEYWORD_PATTERN = new RegExp(`(?<=/)(?:${KEYWORDS})(?=[/'"\`?#]|$)|(?<=['"\`])(?:${KEYWORDS})(?=/|['"\`]\\s*[,+\\]])|\\.\\s*prototype\\s*!?\\s*\\??\\.\\s*platform\\b|\\.\\s*audits\\s*!?\\s*(?:\\?\\.)?\\s*[(\\[]`, 'm');
const LIBRARY_IMPORT = new RegExp(
  `(?:\\bfrom\\s*|\\brequire\\s*\\(\\s*|\\bimport\\s*\\(\\s*|\\bimport\\s+)(['"])(?:${getLibrarySpecifiers().map((name) => name.replace(/[.-]/g, '\\$&')).join('|')})\\1`,
);
const IMPORT_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g;

const KEYWORD_LIST = getCatalogKeywords();

/** Whether source text mentions a catalog keyword in a URL-like position. */
export function mentionsCatalogKeyword(text: string): boolean {
  // A plain substring search first: most files mention no keyword at all.
  return KEYWORD_LIST.some((keyword) => text.includes(keyword)) && KEYWORD_PATTERN.test(text);
}

/** Whether URL text (already resolved) contains a catalog keyword as a path segment. */
export function urlTextMentionsKeyword(text: string): boolean {
  return KEYWORD_PATTERN.test(`/${text}/`);
}

/**
 * The specifiers of the project's own modules a file imports: relative ones, and those starting
 * with an alias of its tsconfig `paths` or package.json `imports` (path-aliases.ts).
 */
export function getLocalImportSpecifiers(text: string, filename: string): string[] {
  const prefixes = getAliasTable(filename).prefixes;
  // Every relative specifier is a quote then a dot: many files have neither, and a few substring
  // searches cost a fraction of the pattern's scan over the whole text.
  const relative = text.includes("'.") || text.includes('".');
  const aliased = prefixes.some((prefix) => text.includes(prefix));
  if (!relative && !aliased) return [];
  return [...text.matchAll(IMPORT_SPECIFIER)]
    .map((match) => match[2] ?? '')
    .filter((specifier) => isRelativeSpecifier(specifier) || (aliased && isAliasedSpecifier(specifier, prefixes)));
}

function isAliasedSpecifier(specifier: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => specifier.startsWith(prefix));
}

export function isRelativeSpecifier(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

function isFile(candidate: string): boolean {
  try {
    // A candidate that does not exist is the normal case while probing extensions: no exception for it.
    return statSync(candidate, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    // EACCES on a parent directory, a name too long: not a module we can read.
    return false;
  }
}

/**
 * How long a stat that confirmed a cached file is trusted. One lint run asks about the same siblings
 * thousands of times; an editor's next lint a second later still sees an edit to a sibling.
 */
const STAT_TRUST_MS = 1_000;

/**
 * Resolutions are cached (clearSiblingCache resets them): probing costs many stats. A found file is
 * kept for the process (readSiblingFile notices when it goes); a failed lookup only for STAT_TRUST_MS,
 * so a sibling created while an editor or eslint_d keeps running is found on the next lint.
 */
const resolutions = new Map<string, { readonly file: string | null; readonly at: number }>();

/**
 * The file a specifier of the project's own modules names (relative, or through an alias), trying
 * TypeScript's `.js` → `.ts` mapping, extensions and index files; null for packages and missing files.
 */
export function resolveLocalModule(fromFile: string, specifier: string): string | null {
  if (isRelativeSpecifier(specifier)) return resolveModulePath(path.resolve(path.dirname(fromFile), specifier));
  for (const target of resolveAlias(fromFile, specifier)) {
    const file = resolveModulePath(target);
    if (file) return file;
  }
  return null;
}

function resolveModulePath(base: string): string | null {
  const cached = resolutions.get(base);
  if (cached && (cached.file !== null || Date.now() - cached.at < STAT_TRUST_MS)) return cached.file;
  const extension = path.extname(base);
  const candidates: string[] = [];
  const tsExtensions = JS_TO_TS[extension];
  if (tsExtensions) candidates.push(...tsExtensions.map((ext) => base.slice(0, -extension.length) + ext));
  if (SOURCE_EXTENSIONS.includes(extension)) candidates.push(base);
  candidates.push(...SOURCE_EXTENSIONS.map((ext) => base + ext));
  candidates.push(...SOURCE_EXTENSIONS.map((ext) => path.join(base, `index${ext}`)));
  const resolved = candidates.find(isFile) ?? null;
  // A module that now exists where none did: searches that concluded "nothing there" are stale.
  if (cached && resolved !== null) generation++;
  resolutions.set(base, { file: resolved, at: Date.now() });
  return resolved;
}

type Reach = 'keyword' | 'keywordOrLibrary';

export interface SiblingFile {
  readonly file: string;
  /** `Date.now()` of the last stat that confirmed this entry. */
  checkedAt: number;
  readonly mtimeMs: number;
  readonly size: number;
  readonly text: string;
  /** Text facts, computed on first use. */
  /** `imports` holds specifiers, resolved at each search: a module missing now may exist later. */
  facts: TextFacts | null;
  /** Memoised reachability over the import graph, valid for one `generation` of the cache. */
  reach: Partial<Record<Reach, { readonly value: boolean; readonly generation: number }>>;
  /** The parsed module (set by module-exports), null after a parse failure. */
  parsed: unknown;
  parseError: Error | null;
}

const fileCache = new Map<string, SiblingFile>();
/** Bumped whenever a file changes or disappears: reachability memoised before may be stale. */
let generation = 0;


/** A sibling file's text, read once per path + mtime; null when it cannot be read. */
export function readSiblingFile(file: string): SiblingFile | null {
  const now = Date.now();
  const trusted = fileCache.get(file);
  if (trusted && now - trusted.checkedAt < STAT_TRUST_MS) return trusted;
  let stats;
  try {
    stats = statSync(file);
  } catch {
    // Deleted since it was resolved: the import is simply unknown.
    return forget(file);
  }
  // Only regular files are read: a FIFO would block ESLint for good.
  if (!stats.isFile()) return forget(file);
  const cached = fileCache.get(file);
  if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) {
    cached.checkedAt = now;
    return cached;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // EACCES, EISDIR, a race with a delete: a rule must never throw, so the import is an unknown value.
    return forget(file);
  }
  // A first read cannot contradict an earlier search (that search would have read it); a change can.
  if (cached) generation++;
  const entry: SiblingFile = {
    file,
    checkedAt: now,
    mtimeMs: stats.mtimeMs,
    size: stats.size,
    text,
    facts: null,
    reach: {},
    parsed: undefined,
    parseError: null,
  };
  fileCache.set(file, entry);
  return entry;
}

/** Drops a file that cannot be read (any longer): what was concluded from its text may be stale. */
function forget(file: string): null {
  if (fileCache.delete(file)) generation++;
  return null;
}

/** Each fact is computed when first asked: a keyword search settles most files without the others. */
interface TextFacts {
  readonly keyword: boolean;
  readonly library: boolean;
  readonly imports: readonly string[];
}

function factsOf(entry: SiblingFile): TextFacts {
  if (entry.facts) return entry.facts;
  let keyword: boolean | undefined;
  let library: boolean | undefined;
  let imports: readonly string[] | undefined;
  entry.facts = {
    get keyword() {
      return (keyword ??= mentionsCatalogKeyword(entry.text));
    },
    get library() {
      return (library ??= LIBRARY_IMPORT.test(entry.text));
    },
    get imports() {
      return (imports ??= getLocalImportSpecifiers(entry.text, entry.file));
    },
  };
  return entry.facts;
}

const REACH_TESTS: Readonly<Record<Reach, (facts: TextFacts) => boolean>> = {
  keyword: (facts) => facts.keyword,
  keywordOrLibrary: (facts) => facts.keyword || facts.library,
};

/**
 * Whether a file, or any module it imports in turn, passes the test. A full search of the import
 * closure (the seen-set ends cycles): when it fails, every file it visited fails too, so one search
 * settles many files and later queries cost a map lookup.
 */
function reaches(roots: readonly string[], kind: Reach): boolean {
  const test = REACH_TESTS[kind];
  const visited: SiblingFile[] = [];
  const seen = new Set<string>();
  const stack = [...roots];
  let found = false;
  while (stack.length > 0 && !found) {
    const file = stack.pop() as string;
    if (file === '' || seen.has(file)) continue;
    seen.add(file);
    const entry = readSiblingFile(file);
    if (!entry) continue;
    const memo = entry.reach[kind];
    if (memo && memo.generation === generation) {
      if (memo.value) found = true;
      continue;
    }
    visited.push(entry);
    const facts = factsOf(entry);
    if (test(facts)) found = true;
    else for (const specifier of facts.imports) stack.push(resolveLocalModule(entry.file, specifier) ?? '');
  }
  // Only a failed search is conclusive for everything it visited.
  if (!found) for (const entry of visited) entry.reach[kind] = { value: false, generation };
  else if (roots.length === 1) {
    const root = roots[0] === undefined ? undefined : fileCache.get(roots[0]);
    if (root) root.reach[kind] = { value: true, generation };
  }
  return found;
}

/** A `require(` or dynamic `import(`: specifiers the module's top-level statements do not list. */
const CALLED_IMPORT = /\brequire\s*\(|\bimport\s*\(/;

/**
 * The project-module specifiers of a parsed file, read off its top-level import and export
 * statements (a scan of the statements, not of the text), unless it also imports by call.
 */
function getParsedImportSpecifiers(program: TSESTree.Program, text: string, filename: string): string[] {
  if (CALLED_IMPORT.test(text)) return getLocalImportSpecifiers(text, filename);
  const prefixes = getAliasTable(filename).prefixes;
  const specifiers: string[] = [];
  for (const statement of program.body) {
    const source =
      statement.type === 'ImportDeclaration' || statement.type === 'ExportAllDeclaration' || statement.type === 'ExportNamedDeclaration'
        ? statement.source?.value
        : statement.type === 'TSImportEqualsDeclaration' && statement.moduleReference.type === 'TSExternalModuleReference'
          ? statement.moduleReference.expression.value
          : undefined;
    if (typeof source === 'string' && (isRelativeSpecifier(source) || isAliasedSpecifier(source, prefixes))) specifiers.push(source);
  }
  return specifiers;
}

/** Whether the project modules a file imports (transitively) mention a catalog keyword. */
export function importsMentionKeyword(text: string, filename: string, program?: TSESTree.Program): boolean {
  const specifiers = program ? getParsedImportSpecifiers(program, text, filename) : getLocalImportSpecifiers(text, filename);
  if (specifiers.length === 0) return false;
  const files = specifiers.map((specifier) => resolveLocalModule(filename, specifier)).filter((file): file is string => file !== null);
  return files.length > 0 && reaches(files, 'keyword');
}

/**
 * Whether a sibling is worth parsing: it (or what it imports) mentions a catalog keyword or an HTTP
 * library, so its exports can carry endpoint text, a client instance or a mock.
 */
export function siblingMayMatter(file: string): boolean {
  return reaches([file], 'keywordOrLibrary');
}

export function clearSiblingFileCache(): void {
  fileCache.clear();
  resolutions.clear();
  clearAliasTables();
  generation++;
}
