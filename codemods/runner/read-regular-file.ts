// Reads a file only if it is a regular file: a FIFO, socket or device named on the command line (or
// met in a directory) would block the run forever or read endless bytes. Opening non-blocking
// returns at once even for a FIFO with no writer; fstat then tells what was opened.
import { closeSync, constants, fstatSync, openSync, promises as fs, readFileSync } from 'node:fs';

export class NotARegularFileError extends Error {
  override readonly name = 'NotARegularFileError';
  readonly code = 'NOT_A_REGULAR_FILE';
  constructor(readonly file: string) {
    super(`${file} is not a regular file (a FIFO, socket or device); it was not read`);
  }
}

export async function readRegularFile(file: string): Promise<Buffer> {
  const handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) throw new NotARegularFileError(file);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** The same check for the pre-filter pass, which reads synchronously (see prefilter-files.ts). */
export function readRegularFileSync(file: string): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) throw new NotARegularFileError(file);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
