// Import aliases a project defines for its own modules: tsconfig/jsconfig `compilerOptions.paths`
// (`@/lib/endpoints`, `~/config`) and package.json `imports` (`#workiva/client`). Monorepos and apps
// import their URL constants and HTTP layers through them, so the matcher follows them like relative
// imports. Read once per directory per process; no TypeScript is loaded (the rule must stay cheap).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** One alias: `@/*` → [`/abs/src/*`]. `star` is false for an exact alias (`"@config": ["src/config.ts"]`). */
interface Alias {
  readonly prefix: string;
  readonly suffix: string;
  readonly star: boolean;
  readonly targets: readonly string[];
}

export interface AliasTable {
  readonly aliases: readonly Alias[];
  /** The literal text every aliased specifier starts with: a file mentioning none imports none. */
  readonly prefixes: readonly string[];
}

const EMPTY: AliasTable = { aliases: [], prefixes: [] };
/** `extends` chains followed before giving up (a cycle or a package config ends it sooner). */
const MAX_EXTENDS = 4;

const tables = new Map<string, AliasTable>();

/** The aliases that apply to a file: its nearest tsconfig.json/jsconfig.json and package.json. */
export function getAliasTable(fromFile: string): AliasTable {
  if (process.env.NOALIAS) return EMPTY;
  return tableFor(path.dirname(fromFile));
}

/** The paths an aliased specifier stands for, in the order to try them (extension and index not yet probed). */
export function resolveAlias(fromFile: string, specifier: string): readonly string[] {
  for (const alias of getAliasTable(fromFile).aliases) {
    const matched = matchAlias(alias, specifier);
    if (matched !== null) return alias.targets.map((target) => (alias.star ? target.replace('*', matched) : target));
  }
  return [];
}

export function clearAliasTables(): void {
  tables.clear();
  parsedFiles.clear();
}

function matchAlias(alias: Alias, specifier: string): string | null {
  if (!alias.star) return specifier === alias.prefix ? '' : null;
  if (!specifier.startsWith(alias.prefix) || !specifier.endsWith(alias.suffix)) return null;
  if (specifier.length < alias.prefix.length + alias.suffix.length) return null;
  return specifier.slice(alias.prefix.length, specifier.length - alias.suffix.length);
}

function tableFor(directory: string): AliasTable {
  const cached = tables.get(directory);
  if (cached) return cached;
  const tsconfig = findUp(directory, ['tsconfig.json', 'jsconfig.json']);
  const packageJson = findUp(directory, ['package.json']);
  const aliases = [...(tsconfig ? readPathsAliases(tsconfig, 0) : []), ...(packageJson ? readImportsAliases(packageJson) : [])];
  const table = aliases.length === 0 ? EMPTY : { aliases, prefixes: [...new Set(aliases.map((alias) => alias.prefix))] };
  tables.set(directory, table);
  return table;
}

/** The nearest file of one of these names, from `directory` up to the filesystem root. */
function findUp(directory: string, names: readonly string[]): string | null {
  for (let current = directory; ; current = path.dirname(current)) {
    for (const name of names) {
      const candidate = path.join(current, name);
      if (readJsonc(candidate) !== undefined) return candidate;
    }
    if (path.dirname(current) === current) return null;
  }
}

const parsedFiles = new Map<string, unknown>();

/** A JSON-with-comments file (tsconfig allows comments and trailing commas); undefined when absent or invalid. */
function readJsonc(file: string): unknown {
  if (parsedFiles.has(file)) return parsedFiles.get(file);
  let value: unknown;
  try {
    // Most probes while walking up find nothing: a stat that returns undefined is cheaper than a read that throws.
    value = statSync(file, { throwIfNoEntry: false })?.isFile() ? JSON.parse(stripJsonComments(readFileSync(file, 'utf8'))) : undefined;
  } catch {
    // Missing (the usual case while walking up) or not JSON: no aliases from it.
    value = undefined;
  }
  parsedFiles.set(file, value);
  return value;
}

/** Removes `//` and `/* *\/` comments and trailing commas outside strings. */
export function stripJsonComments(text: string): string {
  let result = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') {
      const end = endOfString(text, index);
      result += text.slice(index, end);
      index = end - 1;
    } else if (char === '/' && text[index + 1] === '/') {
      const end = text.indexOf('\n', index);
      index = end < 0 ? text.length : end - 1;
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end < 0 ? text.length : end + 1;
    } else {
      result += char;
    }
  }
  return result.replace(/,(\s*[}\]])/g, '$1');
}

function endOfString(text: string, start: number): number {
  for (let index = start + 1; index < text.length; index++) {
    if (text[index] === '\\') index++;
    else if (text[index] === '"') return index + 1;
  }
  return text.length;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `compilerOptions.paths`, from this config or the first config it extends that has them. */
function readPathsAliases(configFile: string, depth: number): Alias[] {
  const config = readJsonc(configFile);
  if (!isRecord(config) || depth > MAX_EXTENDS) return [];
  const options = isRecord(config['compilerOptions']) ? config['compilerOptions'] : {};
  const paths = options['paths'];
  if (isRecord(paths)) {
    const baseUrl = typeof options['baseUrl'] === 'string' ? path.resolve(path.dirname(configFile), options['baseUrl']) : findBaseUrl(configFile, depth);
    return Object.entries(paths).flatMap(([pattern, targets]) => toAlias(pattern, targets, baseUrl ?? path.dirname(configFile)));
  }
  for (const parent of extendedConfigs(configFile, config)) {
    const inherited = readPathsAliases(parent, depth + 1);
    if (inherited.length > 0) return inherited;
  }
  return [];
}

/** A `baseUrl` an extended config sets (paths are relative to it when present). */
function findBaseUrl(configFile: string, depth: number): string | null {
  const config = readJsonc(configFile);
  if (!isRecord(config) || depth > MAX_EXTENDS) return null;
  const options = isRecord(config['compilerOptions']) ? config['compilerOptions'] : {};
  if (typeof options['baseUrl'] === 'string') return path.resolve(path.dirname(configFile), options['baseUrl']);
  for (const parent of extendedConfigs(configFile, config)) {
    const found = findBaseUrl(parent, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Relative `extends` entries only: a package's shared config (`@tsconfig/node20`) sets no app aliases. */
function extendedConfigs(configFile: string, config: Record<string, unknown>): string[] {
  const value = config['extends'];
  const entries = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
  return entries
    .filter((entry) => entry.startsWith('.'))
    .map((entry) => path.resolve(path.dirname(configFile), entry.endsWith('.json') ? entry : `${entry}.json`))
    .reverse(); // the last extended config wins in TypeScript
}

/** package.json `imports`: `"#lib/*": "./src/lib/*.js"`, or conditions (`{ "types": …, "default": … }`). */
function readImportsAliases(packageFile: string): Alias[] {
  const manifest = readJsonc(packageFile);
  const imports = isRecord(manifest) ? manifest['imports'] : undefined;
  if (!isRecord(imports)) return [];
  return Object.entries(imports).flatMap(([pattern, target]) => {
    const chosen = chooseCondition(target);
    return chosen && pattern.startsWith('#') ? toAlias(pattern, [chosen], path.dirname(packageFile)) : [];
  });
}

/** The first local target among conditions, in the order the runtimes and TypeScript try them. */
function chooseCondition(target: unknown): string | null {
  if (typeof target === 'string') return target.startsWith('./') ? target : null;
  if (Array.isArray(target)) return target.map(chooseCondition).find((chosen) => chosen !== null) ?? null;
  if (!isRecord(target)) return null;
  for (const condition of ['types', 'import', 'require', 'node', 'default']) {
    const chosen = condition in target ? chooseCondition(target[condition]) : null;
    if (chosen) return chosen;
  }
  return null;
}

function toAlias(pattern: string, targets: unknown, baseDirectory: string): Alias[] {
  if (!Array.isArray(targets)) return [];
  const resolved = targets.filter((target): target is string => typeof target === 'string').map((target) => path.resolve(baseDirectory, target));
  if (resolved.length === 0) return [];
  const star = pattern.indexOf('*');
  if (star < 0) return [{ prefix: pattern, suffix: '', star: false, targets: resolved }];
  return [{ prefix: pattern.slice(0, star), suffix: pattern.slice(star + 1), star: true, targets: resolved.filter((target) => target.includes('*')) }];
}
