// `workiva-sunset migrate`: discovers files, pre-filters them, runs the transforms (in this thread
// or in workers), then prints the diff / JSON / summary and writes the markdown report.
import path from 'node:path';
import { discoverFiles } from './discover.js';
import { EXIT, exitCodeFor, type ExitCode } from './exit-codes.js';
import type { FileOutcome } from './file-outcome.js';
import { assertCleanTrees } from './git.js';
import type { MigrateOptions } from './options.js';
import type { PrefilterSearch } from './prefilter-search.js';
import { prefilterFiles } from './prefilter-files.js';
import { startPrefilterSearch } from './prefilter-search.js';
import type { ProcessOptions } from './process-file.js';
import { createProgress } from './progress.js';
import { jsonReport } from './report-json.js';
import { assertReportWritable, writeReport } from './report-file.js';
import { markdownReport } from './report-markdown.js';
import { inShard } from './shard.js';
import { summarize, summaryLine, type MigrationSummary } from './summary.js';

export interface RunIo {
  readonly cwd: string;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly version: string;
}

export interface RunResult {
  readonly exitCode: ExitCode;
  readonly summary: MigrationSummary;
}

/**
 * `search`: grep's first cut for the pre-filter pass, started by the CLI before it loaded this module
 * (prefilter-search.ts); started here when not given.
 */
export async function runMigrate(options: MigrateOptions, io: RunIo, search: PrefilterSearch | null = startPrefilterSearch(options.paths, io.cwd)): Promise<RunResult> {
  const reportFile = options.reportFile === undefined ? undefined : path.resolve(io.cwd, options.reportFile);
  let discovered;
  try {
    // Every output is checked before any file is touched.
    if (reportFile && options.reportFile) assertReportWritable(reportFile, options.reportFile);
    if (options.mode === 'write' && !options.allowDirty) assertCleanTrees(options.paths.map((p) => path.resolve(io.cwd, p)));
    discovered = await discoverFiles(options.paths, { cwd: io.cwd, include: options.include, ignore: options.ignore });
  } catch (error) {
    search?.cancel();
    throw error;
  }
  for (const repository of discovered.nestedRepositories) {
    const name = path.relative(io.cwd, repository).split(path.sep).join('/');
    io.stderr.write(`workiva-sunset: left out the nested git repository ${name} (name it as a path to migrate it)\n`);
  }
  let files = discovered.files;
  const shard = options.shard;
  if (shard) files = files.filter((file) => inShard(file, io.cwd, shard));

  const progress = createProgress(files.length, io.stderr, options.progress ?? io.stderr.isTTY === true);
  let done = 0;
  const onOutcome = () => progress.tick(++done);
  const { candidates, unreadable } = await prefilterFiles(files, onOutcome, search);
  const outcomes: FileOutcome[] = [...unreadable, ...(await transformCandidates(candidates, { mode: options.mode, wrapperImport: options.wrapperImport, cwd: io.cwd }, options.workers, onOutcome))];
  progress.finish();

  const summary = summarize(options.mode, files.length, candidates.length, outcomes, io.cwd);
  if (options.json) io.stdout.write(`${JSON.stringify(jsonReport(summary, io.version), null, 2)}\n`);
  else if (options.mode === 'dry-run') for (const diff of summary.diffs) io.stdout.write(diff);
  const reportError = reportFile ? await writeReport(reportFile, markdownReport(summary, options.today)) : null;
  for (const { file, error } of summary.skipped) io.stderr.write(`workiva-sunset: skipped ${file}${error.line ? `:${error.line}` : ''}: ${error.message}\n`);
  if (reportError) io.stderr.write(`workiva-sunset: could not write the report ${options.reportFile}: ${reportError.message}\n`);
  io.stderr.write(`${summaryLine(summary)}\n`);

  const exitCode = exitCodeFor(summary);
  return { exitCode: reportError && exitCode < EXIT.filesSkipped ? EXIT.filesSkipped : exitCode, summary };
}

/** Parses and rewrites the candidate files; TypeScript, ts-morph and the worker pool are loaded only when there are some. */
async function transformCandidates(candidates: readonly string[], options: ProcessOptions, workerOption: number | undefined, onOutcome: () => void): Promise<FileOutcome[]> {
  if (candidates.length === 0) return [];
  const { defaultWorkerCount, processInWorkers } = await import('./pool.js');
  const workers = workerOption ?? defaultWorkerCount(candidates.length);
  if (workers > 0 && candidates.length > 1) return processInWorkers(candidates, options, workers, onOutcome);
  const { processFile } = await import('./process-file.js');
  const outcomes: FileOutcome[] = [];
  for (const file of candidates) {
    outcomes.push(await processFile(file, options));
    onOutcome();
  }
  return outcomes;
}
