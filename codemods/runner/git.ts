// Refuses to write into a git working tree with uncommitted changes: the user must be able to
// review the codemod's changes (and undo them) as one diff.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

export class DirtyTreeError extends Error {
  override readonly name = 'DirtyTreeError';
  readonly code = 'GIT_DIRTY';
  constructor(
    readonly repository: string,
    readonly changes: readonly string[],
  ) {
    const shown = changes.slice(0, 10).map((line) => `  ${line}`).join('\n');
    super(
      `Refusing to write: the git working tree at ${repository} has uncommitted changes:\n${shown}${changes.length > 10 ? `\n  … and ${changes.length - 10} more` : ''}\n` +
        'Commit or stash them first, preview with --dry-run, or pass --allow-dirty.',
    );
  }
}

/** The uncommitted changes (`git status --porcelain`) of the repository holding `target`, or [] outside git. */
export function getUncommittedChanges(target: string): { repository: string | null; changes: string[] } {
  const directory = existsSync(target) && !statSync(target).isDirectory() ? path.dirname(target) : target;
  const root = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: directory, encoding: 'utf8' });
  if (root.status !== 0) return { repository: null, changes: [] };
  const repository = root.stdout.trim();
  const status = spawnSync('git', ['status', '--porcelain'], { cwd: repository, encoding: 'utf8' });
  if (status.status !== 0) throw new Error(`git status failed in ${repository}: ${status.stderr.trim()}`);
  return { repository, changes: status.stdout.split('\n').filter((line) => line.trim() !== '') };
}

export function assertCleanTrees(targets: readonly string[]): void {
  const checked = new Set<string>();
  for (const target of targets) {
    const { repository, changes } = getUncommittedChanges(target);
    if (!repository || checked.has(repository)) continue;
    checked.add(repository);
    if (changes.length > 0) throw new DirtyTreeError(repository, changes);
  }
}
