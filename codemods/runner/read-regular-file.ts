// Reads a file only if it is a regular file: a FIFO, socket or device named on the command line (or
// met in a directory) would block the run forever or read endless bytes. Opening non-blocking
// returns at once even for a FIFO with no writer; fstat then tells what was opened.
import { closeSync, constants, fstatSync, openSync, promises as fs, readSync } from 'node:fs';

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

/** A buffer the pre-filter pass reads every file into, grown for the largest file met. */
export interface ReadBuffer {
  bytes: Buffer;
}

export function createReadBuffer(size = 64 * 1024): ReadBuffer {
  return { bytes: Buffer.allocUnsafe(size) };
}

/**
 * The pre-filter pass's read (synchronous, see prefilter-files.ts): the file's bytes as a view of
 * `into`, valid until the next read. Three system calls for a file that fits the buffer (open, read,
 * close), where readFileSync after an fstat costs five and a new buffer: on 10,000 files that was a
 * third of a PR check. The fstat is made only when a read fills the buffer or gives nothing: a file
 * the search met as a regular file and that ends before that is read whole; a device swapped in
 * since (endless bytes) fills it, and a FIFO (non-blocking: it never blocks) reads nothing or fails
 * with EAGAIN, and both are refused.
 */
export function readRegularFileSync(file: string, into: ReadBuffer): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    let length = 0;
    for (;;) {
      const read = readOrRefuse(fd, file, into.bytes, length);
      length += read;
      // A FIFO with no writer reads as empty: nothing read at all is checked like a full buffer.
      const stats = length === 0 || length === into.bytes.length ? fstatSync(fd) : null;
      if (stats && !stats.isFile()) throw new NotARegularFileError(file);
      // A regular file reads short only at its end.
      if (read === 0 || length < into.bytes.length) return into.bytes.subarray(0, length);
      const grown = Buffer.allocUnsafe(Math.max((stats?.size ?? 0) + 1, into.bytes.length * 2));
      into.bytes.copy(grown, 0, 0, length);
      into.bytes = grown;
    }
  } finally {
    closeSync(fd);
  }
}

/** A directory (EISDIR) or a FIFO with nothing written (EAGAIN) gives the same error as the fstat check. */
function readOrRefuse(fd: number, file: string, bytes: Buffer, offset: number): number {
  try {
    return readSync(fd, bytes, offset, bytes.length - offset, null);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR' || code === 'EAGAIN') throw new NotARegularFileError(file);
    throw error;
  }
}
