// Collects per-file outcomes into the run's totals, with paths relative to the working directory.
import path from 'node:path';
import type { ManualSite, RewrittenSite } from '../transforms/index.js';
import type { Mode } from './options.js';
import type { FileError, FileOutcome } from './process-file.js';

export interface SiteWithFile<Site> {
  readonly file: string;
  readonly site: Site;
}

export interface MigrationSummary {
  readonly mode: Mode;
  readonly filesScanned: number;
  /** Files the pre-filter sent to the parser. */
  readonly candidates: number;
  readonly changedFiles: readonly string[];
  readonly rewritten: readonly SiteWithFile<RewrittenSite>[];
  readonly manual: readonly SiteWithFile<ManualSite>[];
  readonly skipped: readonly { readonly file: string; readonly error: FileError }[];
  readonly diffs: readonly string[];
}

export function summarize(mode: Mode, filesScanned: number, candidates: number, outcomes: readonly FileOutcome[], cwd: string): MigrationSummary {
  const sorted = [...outcomes].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const relative = (file: string) => path.relative(cwd, file).split(path.sep).join('/');
  return {
    mode,
    filesScanned,
    candidates,
    changedFiles: sorted.filter((o) => o.status === 'changed').map((o) => relative(o.file)),
    rewritten: sorted.flatMap((o) => o.rewritten.map((site) => ({ file: relative(o.file), site }))),
    manual: sorted.flatMap((o) => o.manual.map((site) => ({ file: relative(o.file), site }))),
    skipped: sorted.flatMap((o) => (o.status === 'error' && o.error ? [{ file: relative(o.file), error: o.error }] : [])),
    diffs: sorted.flatMap((o) => (o.diff ? [o.diff] : [])),
  };
}

export function summaryLine(summary: MigrationSummary): string {
  const verb = summary.mode === 'write' ? 'changed' : 'would change';
  return (
    `workiva-sunset: ${summary.changedFiles.length} file(s) ${verb}, ${summary.rewritten.length} site(s) rewritten, ` +
    `${summary.manual.length} need manual migration, ${summary.skipped.length} file(s) skipped with errors ` +
    `(${summary.filesScanned} scanned, ${summary.candidates} parsed)`
  );
}
