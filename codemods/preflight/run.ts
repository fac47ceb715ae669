// `workiva-sunset preflight`: reads the id sets, checks them with bounded concurrency (progress on a
// TTY), prints the table or the JSON report, and exits 0 only when every set is ready. Ctrl-C stops
// starting new checks, aborts the running ones and still prints what was done (exit 130).
import { readFile } from 'node:fs/promises';
import { configure, createSuccessorDiscovery } from 'workiva-sunset';
import { createProgress } from '../runner/progress.js';
import { UsageError } from '../runner/options.js';
import { checkIdSet, interrupted, type PreflightResult } from './check.js';
import { parseIdSets } from './id-sets.js';
import type { PreflightOptions } from './options.js';
import { runBounded } from './pool.js';
import { buildReport, formatTableReport } from './report.js';
import { tokenSource } from './token.js';

export const EXIT_READY = 0;
export const EXIT_NOT_READY = 1;
export const EXIT_INTERRUPTED = 130;

export interface PreflightIo {
  readonly cwd: string;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Aborted on Ctrl-C. */
  readonly signal: AbortSignal;
}

async function readStdin(stdin: PreflightIo['stdin']): Promise<string> {
  if (stdin.isTTY) throw new UsageError('no id sets: give a JSON or CSV file, or pipe them on stdin');
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function readInput(input: string | undefined, io: PreflightIo): Promise<{ text: string; source: string }> {
  if (input === undefined || input === '-') return { text: await readStdin(io.stdin), source: 'stdin' };
  try {
    return { text: await readFile(new URL(input, `file://${io.cwd}/`), 'utf8'), source: input };
  } catch (error) {
    throw new UsageError(`cannot read ${input}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function runPreflight(options: PreflightOptions, io: PreflightIo): Promise<number> {
  const { text, source } = await readInput(options.input, io);
  const sets = parseIdSets(text, source);
  const discovery = createSuccessorDiscovery();
  // This process exports on the successor only, with discovery: the route a team would switch to.
  configure({ route: 'successor', resolveSuccessorIds: discovery });
  const exportOptions = {
    baseUrl: options.baseUrl,
    token: tokenSource(options.credentials, options.baseUrl, io.signal),
    trustedOrigins: options.trustedOrigins,
    signal: io.signal,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  };
  const progress = createProgress(sets.length, io.stderr, options.progress ?? io.stderr.isTTY === true, 'id sets');
  let done = 0;
  const results = await runBounded(
    sets,
    options.concurrency,
    io.signal,
    (ids) => checkIdSet(ids, { options: exportOptions, discovery, export: options.export, signal: io.signal }),
    () => progress.tick(++done),
  );
  progress.finish();
  const complete: PreflightResult[] = results.map((result, index) => result ?? interrupted(sets[index]!));
  const report = buildReport(complete, options.export, io.signal.aborted, discovery.stats());
  io.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatTableReport(report));
  if (io.signal.aborted) return EXIT_INTERRUPTED;
  return report.ready ? EXIT_READY : EXIT_NOT_READY;
}
