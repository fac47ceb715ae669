import { CliError } from './api.js';
import { auditCommand } from './commands/audit.js';
import { exportCommand } from './commands/export.js';

type Command = (argv: string[], out: NodeJS.WritableStream) => Promise<number>;

const commands: Record<string, Command> = {
  export: (argv) => exportCommand(argv, process.stderr),
  audit: (argv, out) => auditCommand(argv, out),
};

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`Unknown command ${name ?? ''}. Available: ${Object.keys(commands).join(', ')}\n`);
    return 2;
  }
  try {
    return await command(rest, out);
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`error: ${err.message}\n`);
      return err.exitCode;
    }
    throw err;
  }
}
