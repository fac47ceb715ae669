// --report <file.md>: checked before any file is touched (a bad path must not surface after every
// file was rewritten), and written at the end without letting a late failure hide the summary.
import { accessSync, constants, existsSync, promises as fs, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './options.js';

/** Throws a UsageError unless `file` can be created or overwritten as a regular file. */
export function assertReportWritable(file: string, given: string): void {
  if (existsSync(file)) {
    if (!statSync(file).isFile()) throw new UsageError(`--report ${given}: exists and is not a regular file`);
    assertAccess(file, `--report ${given}: the file is not writable`);
    return;
  }
  const directory = path.dirname(file);
  if (!existsSync(directory) || !statSync(directory).isDirectory()) throw new UsageError(`--report ${given}: the directory ${directory} does not exist`);
  assertAccess(directory, `--report ${given}: the directory ${directory} is not writable`);
}

function assertAccess(file: string, message: string): void {
  try {
    accessSync(file, constants.W_OK);
  } catch {
    throw new UsageError(message);
  }
}

/** Writes the report; a failure now (the disk filled, the directory vanished) is returned, not thrown. */
export async function writeReport(file: string, text: string): Promise<Error | null> {
  try {
    await fs.writeFile(file, text);
    return null;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
