// `workiva-sunset preflight …` as the CLI runs it: arguments → run, Ctrl-C → a clean stop, errors → exit 2.
import { PREFLIGHT_HELP, parsePreflightCommand } from './options.js';
import { UsageError } from '../runner/options.js';

export async function preflightMain(argv: readonly string[]): Promise<number> {
  const controller = new AbortController();
  const onInterrupt = (): void => {
    // A second Ctrl-C means "now": leave without the report.
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write('\nworkiva-sunset preflight: interrupted, finishing the report (Ctrl-C again to quit at once)\n');
    controller.abort(new Error('preflight interrupted'));
  };
  process.on('SIGINT', onInterrupt);
  try {
    const command = parsePreflightCommand(argv, process.env);
    if (command.kind === 'help') {
      process.stdout.write(PREFLIGHT_HELP);
      return 0;
    }
    const { runPreflight } = await import('./run.js');
    return await runPreflight(command.options, { cwd: process.cwd(), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, signal: controller.signal });
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`workiva-sunset preflight: ${error.message}\nRun "workiva-sunset preflight --help" for usage.\n`);
      return 2;
    }
    throw error;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}
