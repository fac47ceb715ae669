// Which files a run looks at: the given files as they are, and under each given directory the
// source files matching --include (default: the JS/TS extensions) minus --ignore, node_modules,
// dist and whatever the .gitignore files (up to the repository root) exclude. Sorted, absolute.
import { existsSync, promises as fs, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { UsageError } from './options.js';

export const SOURCE_EXTENSIONS = ['ts', 'tsx', 'mts', 'cts', 'js', 'jsx', 'mjs', 'cjs'] as const;
const DEFAULT_INCLUDE = `**/*.{${SOURCE_EXTENSIONS.join(',')}}`;
// Declaration files are dropped by isSourceFile: a glob pattern for them would be matched against every file.
const ALWAYS_IGNORED = ['**/node_modules/**', '**/dist/**', '**/.git/**'];

export interface DiscoverOptions {
  readonly cwd: string;
  readonly include: readonly string[];
  readonly ignore: readonly string[];
}

interface GitignoreFile {
  readonly directory: string;
  readonly rules: Ignore;
}

export async function discoverFiles(paths: readonly string[], options: DiscoverOptions): Promise<string[]> {
  const found = new Set<string>();
  for (const given of paths) {
    const target = path.resolve(options.cwd, given);
    if (!existsSync(target)) throw new UsageError(`no such file or directory: ${given}`);
    if (!statSync(target).isDirectory()) {
      if (isSourceFile(target)) found.add(target);
      continue;
    }
    const tree = walkTree(target);
    // A directory named explicitly is searched even when an ancestor's .gitignore excludes it.
    const gitignores = (await loadGitignores(target, tree.gitignoreFiles)).filter((gitignore) => !isGitignored(`${target}${path.sep}`, [gitignore]));
    const files =
      options.include.length === 0 && options.ignore.length === 0
        ? tree.sourceFiles
        : await (await import('tinyglobby')).glob(options.include.length > 0 ? [...options.include] : [DEFAULT_INCLUDE], {
            cwd: target,
            absolute: true,
            dot: false,
            onlyFiles: true,
            ignore: [...ALWAYS_IGNORED, ...options.ignore],
            followSymbolicLinks: false,
          });
    const walked = files === tree.sourceFiles;
    for (const file of files) {
      const absolute = walked ? file : path.resolve(file);
      if ((walked || isSourceFile(absolute)) && (gitignores.length === 0 || !isGitignored(absolute, gitignores))) found.add(absolute);
    }
  }
  return [...found].sort();
}

interface WalkedTree {
  readonly sourceFiles: string[];
  readonly gitignoreFiles: string[];
}

/**
 * One walk of a target without glob matching: the default selection (the files the default glob
 * would find: no dot entries, no symbolic links followed, node_modules and dist skipped) and the
 * nested .gitignore files. On a 10,000-file tree this walk is most of a PR check, and running
 * picomatch on every path cost more than reading the files.
 */
function walkTree(directory: string, tree: WalkedTree = { sourceFiles: [], gitignoreFiles: [] }): WalkedTree {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    // `directory` is absolute and normalised, so plain concatenation is a valid path (path.join
    // normalises again, which was a fifth of a 10,000-file walk).
    const full = directory + path.sep + entry.name;
    if (entry.name === '.gitignore' && entry.isFile()) tree.gitignoreFiles.push(full);
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') walkTree(full, tree);
    } else if (entry.isFile() && isSourceFile(full)) {
      tree.sourceFiles.push(full);
    }
  }
  return tree;
}

function isSourceFile(file: string): boolean {
  const extension = path.extname(file).slice(1);
  return (SOURCE_EXTENSIONS as readonly string[]).includes(extension) && !/\.d\.[cm]?ts$/.test(file);
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
    if (content !== null) loaded.push({ directory: path.dirname(file), rules: ignore().add(content) });
  }
  return loaded;
}

function isGitignored(file: string, gitignores: readonly GitignoreFile[]): boolean {
  return gitignores.some(({ directory, rules }) => {
    const relative = path.relative(directory, file) + (file.endsWith(path.sep) ? '/' : '');
    return relative !== '/' && relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && rules.ignores(relative.split(path.sep).join('/'));
  });
}
