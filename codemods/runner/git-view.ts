// Git's own view of a directory being searched: which files it ignores (.gitignore files, but also
// .git/info/exclude and the global excludes file, which the .gitignore reader cannot see), and which
// subdirectories are repositories of their own (vendored checkouts, submodules). Files of a nested
// repository are left out: their rewrites could not be reviewed or undone from the outer one, and
// its dirty-tree check was never made. Naming the nested repository as a path migrates it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The files git ignores among `files` (absolute, under `directory`); none outside a work tree or without git. */
export function getGitIgnored(directory: string, files: readonly string[]): Set<string> {
  if (files.length === 0 || !mayBeInWorkTree(directory)) return new Set();
  // A directory named explicitly is searched even if git ignores it as a whole (as with .gitignore).
  const self = spawnSync('git', ['check-ignore', '-q', `${directory}${path.sep}`], { cwd: directory });
  if (self.status !== 1) return new Set();
  const result = spawnSync('git', ['check-ignore', '--stdin', '-z'], { cwd: directory, input: files.join('\0'), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  // 0: some are ignored, 1: none, 128: not a work tree (or git failed): then only the .gitignore reader applies.
  if (result.status !== 0) return new Set();
  return new Set(result.stdout.split('\0').filter((file) => file !== '').map((file) => path.resolve(directory, file)));
}

/**
 * False when git cannot see `directory` as part of a work tree: no `.git` (folder or file) in it or
 * above it, and no GIT_DIR / GIT_WORK_TREE to say otherwise. Then `git check-ignore` would only
 * answer "not a work tree", and not spawning it saves a process on every run outside a repository.
 */
function mayBeInWorkTree(directory: string): boolean {
  if (process.env['GIT_DIR'] !== undefined || process.env['GIT_WORK_TREE'] !== undefined) return true;
  for (let current = directory; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return true;
    if (path.dirname(current) === current) return false;
  }
}

/** The repositories nested under `directory` (not `directory` itself) that hold some of `files`, and the files outside them. */
export function splitNestedRepositories(directory: string, files: readonly string[]): { outside: string[]; nested: string[] } {
  const isRepository = new Map<string, boolean>();
  const repositoryOf = (folder: string): string | null => {
    for (let current = folder; current !== directory && current.startsWith(directory); current = path.dirname(current)) {
      let known = isRepository.get(current);
      if (known === undefined) isRepository.set(current, (known = existsSync(path.join(current, '.git'))));
      if (known) return current;
    }
    return null;
  };
  const outside: string[] = [];
  const nested = new Set<string>();
  for (const file of files) {
    const repository = repositoryOf(path.dirname(file));
    if (repository) nested.add(repository);
    else outside.push(file);
  }
  return { outside, nested: [...nested].sort() };
}
