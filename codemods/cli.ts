#!/usr/bin/env node
// `workiva-sunset migrate [paths...]` and `workiva-sunset preflight [ids]`: a thin shell over the runner
// and the preflight (arguments → run → exit code). Exit codes (runner/exit-codes.ts): an unexpected
// error is EX_SOFTWARE (70), never 1, which CI reads as "`--check` found changes".
import module from 'node:module';
import { EXIT } from './runner/exit-codes.js';
import { DirtyTreeError } from './runner/git.js';
import { HELP, parseCommand, UsageError } from './runner/options.js';
import { readToolsVersion } from '../src/tools-package.js';

// Node ≥ 22.1 keeps V8's compiled code of the modules loaded from here on between runs (in the OS's
// temporary directory): a PR check runs this bin on every push, and most of its start-up is compiling.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'preflight') {
    // Its own command with its own options (codemods/preflight/); loaded only when asked for.
    const { preflightMain } = await import('./preflight/cli.js');
    return preflightMain(argv.slice(1));
  }
  try {
    const version = readToolsVersion();
    const command = parseCommand(argv, process.env, Date.now());
    if (command.kind === 'help') {
      process.stdout.write(HELP);
      return EXIT.done;
    }
    if (command.kind === 'version') {
      process.stdout.write(`${version}\n`);
      return EXIT.done;
    }
    // grep starts on the tree first, then the runner loads (prefilter-search.ts). Both only for a
    // real run, so --help and --version do not pay for them.
    const { startPrefilterSearch } = await import('./runner/prefilter-search.js');
    const search = startPrefilterSearch(command.options.paths, process.cwd());
    const { runMigrate } = await import('./runner/run.js');
    const { exitCode } = await runMigrate(command.options, { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, version }, search);
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`workiva-sunset: ${error.message}\nRun "workiva-sunset --help" for usage.\n`);
      return EXIT.refused;
    }
    if (error instanceof DirtyTreeError) {
      process.stderr.write(`workiva-sunset: ${error.message}\n`);
      return EXIT.refused;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`workiva-sunset: unexpected error (a bug: please report it with this output)\n${detail}\n`);
    return EXIT.crash;
  }
}

process.exitCode = await main(process.argv.slice(2));
