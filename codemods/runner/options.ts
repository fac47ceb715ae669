// Command-line arguments → validated options. Usage errors are values of one class, exit code 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseIsoDate } from 'workiva-sunset/catalog';

export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code = 'USAGE';
}

export type Mode = 'write' | 'dry-run' | 'check';

export interface MigrateOptions {
  readonly paths: readonly string[];
  readonly mode: Mode;
  readonly json: boolean;
  readonly reportFile: string | undefined;
  readonly wrapperImport: string;
  readonly include: readonly string[];
  readonly ignore: readonly string[];
  readonly allowDirty: boolean;
  readonly shard: { readonly index: number; readonly count: number } | undefined;
  /** undefined: chosen from the core count and the number of candidate files. */
  readonly workers: number | undefined;
  /** Day the report counts down from, as midnight UTC. */
  readonly today: number;
  readonly progress: boolean | undefined;
}

export type Command = { readonly kind: 'help' } | { readonly kind: 'version' } | { readonly kind: 'migrate'; readonly options: MigrateOptions };

export const DEFAULT_WRAPPER_IMPORT = 'workiva-sunset';

/** node:util's parseArgs, its errors (unknown flag, missing value) as usage errors: exit 2 with the usage hint. */
export function parseArgsOrUsage<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function parseCommand(argv: readonly string[], env: NodeJS.ProcessEnv, now: number): Command {
  const parsed = parseArgsOrUsage({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      'dry-run': { type: 'boolean' },
      check: { type: 'boolean' },
      json: { type: 'boolean' },
      report: { type: 'string' },
      'wrapper-import': { type: 'string' },
      include: { type: 'string', multiple: true },
      ignore: { type: 'string', multiple: true },
      'allow-dirty': { type: 'boolean' },
      shard: { type: 'string' },
      workers: { type: 'string' },
      today: { type: 'string' },
      progress: { type: 'boolean' },
      'no-progress': { type: 'boolean' },
    },
  });
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError('missing command: workiva-sunset migrate [paths...]');
  if (command !== 'migrate') throw new UsageError(`unknown command "${command}" (the only command is "migrate")`);
  if (values['dry-run'] && values.check) throw new UsageError('--dry-run and --check cannot be combined');
  const wrapperImport = parseWrapperImport(values['wrapper-import'] ?? DEFAULT_WRAPPER_IMPORT);
  const include = (values.include ?? []).map(parseIncludeGlob);
  return {
    kind: 'migrate',
    options: {
      paths: paths.length > 0 ? paths : ['.'],
      mode: values['dry-run'] ? 'dry-run' : values.check ? 'check' : 'write',
      json: values.json ?? false,
      reportFile: values.report,
      wrapperImport,
      include,
      ignore: values.ignore ?? [],
      allowDirty: values['allow-dirty'] ?? false,
      shard: values.shard === undefined ? undefined : parseShard(values.shard),
      workers: values.workers === undefined ? undefined : parseWorkers(values.workers),
      today: parseToday(values.today ?? env['WORKIVA_SUNSET_TODAY'], now),
      progress: values['no-progress'] ? false : values.progress,
    },
  };
}

/**
 * A package name, a subpath of one, or a relative path: the characters npm names and paths use. A
 * quote, backslash or space would make every rewritten file fail its re-parse, so it is refused here.
 */
const MODULE_SPECIFIER = /^(?:@[A-Za-z0-9._~-]+\/)?[A-Za-z0-9._~#-][A-Za-z0-9._~#@+/:-]*$/;

function parseWrapperImport(value: string): string {
  if (!MODULE_SPECIFIER.test(value) || value.endsWith('/') || value.includes('//')) throw new UsageError(`--wrapper-import must be a module specifier, got ${JSON.stringify(value)}`);
  return value;
}

/** --include globs are relative to each directory given and may not climb out of it. */
function parseIncludeGlob(glob: string): string {
  if (glob.startsWith('/') || /^[A-Za-z]:/.test(glob) || glob.split(/[\\/]/).includes('..')) {
    throw new UsageError(`--include must stay inside the directories given (no "..", no absolute path), got ${JSON.stringify(glob)}; name the other directory as a path instead`);
  }
  return glob;
}

function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard must be i/n with 1 ≤ i ≤ n, got ${JSON.stringify(value)}`);
  return { index, count };
}

function parseWorkers(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--workers must be a whole number (0 = in this process), got ${JSON.stringify(value)}`);
  return Number(value);
}

function parseToday(value: string | undefined, now: number): number {
  if (value === undefined || value === '') return now;
  try {
    return parseIsoDate(value);
  } catch (error) {
    throw new UsageError(`--today / WORKIVA_SUNSET_TODAY: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export const HELP = `Usage: workiva-sunset migrate [paths...] [options]

Rewrites calls of the deprecated Workiva sample-attachment export endpoint to the workiva-sunset
drop-in wrapper, and marks the calls it cannot migrate safely with
/* workiva-sunset: manual migration needed — <reason> */.

Options:
  --dry-run               print a unified diff on stdout, write nothing
  --check                 write nothing; exit 1 if any file would change (for CI)
  --json                  print the JSON report on stdout
  --report <file.md>      write a markdown migration report
  --today <YYYY-MM-DD>    day the report counts down to the sunset from (env WORKIVA_SUNSET_TODAY)
  --wrapper-import <spec> module the drop-ins are imported from (default: workiva-sunset)
  --include <glob>        files to consider (repeatable; default: **/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs})
  --ignore <glob>         files to skip (repeatable; .gitignore, node_modules and dist are always skipped)
  --allow-dirty           write even when the git working tree has uncommitted changes
  --shard <i/n>           process only the i-th of n deterministic slices of the files
  --workers <N>           worker threads (0 = in this process; default: from cores and file count)
  --[no-]progress         force the progress bar on stderr on or off (default: on when stderr is a TTY)
  -h, --help              show this help

Before the sunset, check the successor ids with: workiva-sunset preflight --help
  -v, --version           show the version

Exit codes: 0 done (manual sites are reported, not failures), 1 --check found changes (only),
2 refused with nothing touched (usage error, dirty git tree), 3 some files skipped (unreadable,
unparsable, links), 4 some files changed on disk during the run (left as they are: run again),
70 unexpected error (a bug).
`;
