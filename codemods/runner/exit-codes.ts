// The CLI's exit codes, one per failure class, so CI can tell "the migration is not finished"
// (1, `--check` only) from everything that needs a person. docs/codemod.md lists them.
import type { MigrationSummary } from './summary.js';

export const EXIT = {
  /** Done: everything given was processed (manual sites are reported, not failures). */
  done: 0,
  /** `--check` only: at least one file would change. */
  checkFoundChanges: 1,
  /** Nothing was touched: a usage error (flags, paths, --report, --wrapper-import) or a dirty git tree. */
  refused: 2,
  /** Some files could not be read, parsed, rewritten or written (reported, left untouched); the rest were processed. */
  filesSkipped: 3,
  /** Some files changed on disk during the run and were left as they are now: run again. */
  changedDuringRun: 4,
  /** A bug in the codemod: an unexpected error, printed with its stack (EX_SOFTWARE). */
  crash: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const CHANGED_DURING_RUN = 'CHANGED_DURING_RUN';

export function exitCodeFor(summary: MigrationSummary): ExitCode {
  if (summary.skipped.some(({ error }) => error.code === CHANGED_DURING_RUN)) return EXIT.changedDuringRun;
  if (summary.skipped.length > 0) return EXIT.filesSkipped;
  return summary.mode === 'check' && summary.changedFiles.length > 0 ? EXIT.checkFoundChanges : EXIT.done;
}
