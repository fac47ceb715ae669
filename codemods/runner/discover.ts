// Which files a run looks at: the given files as they are, and under each given directory the
// source files matching --include (default: the JS/TS extensions) minus --ignore, node_modules,
// dist, whatever the .gitignore files (up to the repository root) exclude, what git itself ignores,
// and nested repositories. Sorted, absolute.
import { existsSync, lstatSync, promises as fs, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Ignore } from 'ignore';
import { getGitIgnored, splitNestedRepositories } from './git-view.js';
import { UsageError } from './options.js';
import { SOURCE_EXTENSIONS } from './source-extensions.js';

export { SOURCE_EXTENSIONS } from './source-extensions.js';

const DEFAULT_INCLUDE = `**/*.{${SOURCE_EXTENSIONS.join(',')}}`;
// Declaration files are dropped by isSourceFile: a glob pattern for them would be matched against every file.
const ALWAYS_IGNORED = ['**/node_modules/**', '**/dist/**', '**/.git/**'];
const SOURCE_EXTENSION_SET: ReadonlySet<string> = new Set(SOURCE_EXTENSIONS);

export interface DiscoverOptions {
  readonly cwd: string;
  readonly include: readonly string[];
  readonly ignore: readonly string[];
}

interface GitignoreFile {
  readonly directory: string;
  readonly rules: Ignore;
}

export interface DiscoveredFiles {
  readonly files: string[];
  /** Repositories nested in a directory given, whose files were left out (see git-view.ts). */
  readonly nestedRepositories: string[];
}

export async function discoverFiles(paths: readonly string[], options: DiscoverOptions): Promise<DiscoveredFiles> {
  const found = new Set<string>();
  const nestedRepositories = new Set<string>();
  for (const given of paths) {
    const target = path.resolve(options.cwd, given);
    if (!existsSync(target)) throw new UsageError(`no such file or directory: ${given}`);
    const stats = statSync(target);
    if (!stats.isDirectory()) {
      if (!stats.isFile()) throw new UsageError(`not a regular file or directory: ${given}`);
      if (isSourceFile(target)) found.add(target);
      continue;
    }
    const tree = walkTree(target, target);
    tree.nestedRepositories.forEach((repository) => nestedRepositories.add(repository));
    // A directory named explicitly is searched even when an ancestor's .gitignore excludes it.
    const gitignores = (await loadGitignores(target, tree.gitignoreFiles)).filter((gitignore) => !isGitignored(`${target}${path.sep}`, [gitignore]));
    const candidates =
      options.include.length === 0 && options.ignore.length === 0
        ? tree.sourceFiles.filter((file) => gitignores.length === 0 || !isGitignored(file, gitignores))
        : await globbed(target, options, gitignores, nestedRepositories);
    const ignoredByGit = getGitIgnored(target, candidates);
    for (const file of candidates) if (!ignoredByGit.has(file)) found.add(file);
  }
  return { files: [...found].sort(), nestedRepositories: [...nestedRepositories].sort() };
}

/** --include / --ignore: tinyglobby (loaded only then), fenced to the target, links and nested repositories left out. */
async function globbed(target: string, options: DiscoverOptions, gitignores: readonly GitignoreFile[], nestedRepositories: Set<string>): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const files = await glob(options.include.length > 0 ? [...options.include] : [DEFAULT_INCLUDE], {
    cwd: target,
    absolute: true,
    dot: false,
    onlyFiles: true,
    ignore: [...ALWAYS_IGNORED, ...options.ignore],
    followSymbolicLinks: false,
  });
  const candidates = files.map((file) => path.resolve(file)).filter((file) => isInside(file, target) && isSourceFile(file) && !isGitignored(file, gitignores) && !isSymbolicLink(file));
  const { outside, nested } = splitNestedRepositories(target, candidates);
  nested.forEach((repository) => nestedRepositories.add(repository));
  return outside;
}

interface WalkedTree {
  readonly sourceFiles: string[];
  readonly gitignoreFiles: string[];
  readonly nestedRepositories: string[];
}

/**
 * One readdir walk of a target, without glob matching: the default selection (what the default glob
 * finds: no dot entries, no symbolic links, node_modules and dist skipped), the nested .gitignore
 * files, and the nested repositories (a folder holding `.git`), which are not entered. On a
 * 10,000-file tree this walk is most of a PR check; picomatch on every path cost more than reading
 * the files.
 */
function walkTree(target: string, directory: string, tree: WalkedTree = { sourceFiles: [], gitignoreFiles: [], nestedRepositories: [] }): WalkedTree {
  const entries = readdirSync(directory, { withFileTypes: true });
  if (directory !== target && entries.some((entry) => entry.name === '.git')) {
    tree.nestedRepositories.push(directory);
    return tree;
  }
  for (const entry of entries) {
    // `directory` is absolute and normalised, so plain concatenation is a valid path (path.join
    // normalises again, which was a fifth of the walk).
    const full = directory + path.sep + entry.name;
    if (entry.name === '.gitignore' && entry.isFile()) tree.gitignoreFiles.push(full);
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') walkTree(target, full, tree);
    } else if (entry.isFile() && isSourceFile(full)) {
      tree.sourceFiles.push(full);
    }
  }
  return tree;
}

/** Globs are checked up front; this is the second fence, should a pattern still escape the directory. */
function isInside(file: string, directory: string): boolean {
  const relative = path.relative(directory, file);
  return relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
}

/** A link met while searching a directory is skipped: its target, if it is under a path given, is found on its own. */
function isSymbolicLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    // Gone since the search listed it: reading it reports that.
    return false;
  }
}

/** Called for every file met: a slice and a set lookup (path.extname and an array search were a tenth of the walk). */
function isSourceFile(file: string): boolean {
  const dot = file.lastIndexOf('.');
  if (dot <= file.lastIndexOf(path.sep) + 1 || !SOURCE_EXTENSION_SET.has(file.slice(dot + 1))) return false;
  return !/\.d\.[cm]?ts$/.test(file);
}

/**
 * The gitignore parser, loaded at the first .gitignore file met, through require: imported as ES
 * module, Node first scans this CommonJS package's source for its export names, 20 ms of a PR
 * check's start-up.
 */
function loadIgnore(): typeof import('ignore') {
  return createRequire(import.meta.url)('ignore') as typeof import('ignore');
}

/** The .gitignore files that apply under `root`: those of its ancestors up to the repository root, its own and the nested ones. */
async function loadGitignores(root: string, nested: readonly string[]): Promise<GitignoreFile[]> {
  const directories: string[] = [];
  for (let directory = root; ; directory = path.dirname(directory)) {
    directories.push(directory);
    if (existsSync(path.join(directory, '.git')) || path.dirname(directory) === directory) break;
  }
  const files = [...directories.map((directory) => path.join(directory, '.gitignore')), ...nested];
  const loaded: GitignoreFile[] = [];
  for (const file of new Set(files)) {
    const content = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (content !== null) loaded.push({ directory: path.dirname(file), rules: loadIgnore()().add(content) });
  }
  return loaded;
}

function isGitignored(file: string, gitignores: readonly GitignoreFile[]): boolean {
  return gitignores.some(({ directory, rules }) => {
    const relative = path.relative(directory, file) + (file.endsWith(path.sep) ? '/' : '');
    return relative !== '/' && relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && rules.ignores(relative.split(path.sep).join('/'));
  });
}
