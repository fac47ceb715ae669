// Writes a file atomically: a temporary file in the same directory (same file system), with the
// original's mode, renamed over the original. A crash leaves either the old or the new file.
// Before the rename the file is read again: if it no longer holds the bytes the rewrite started
// from (an editor saved it, a `git checkout` ran), nothing is written and the edit is kept.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CHANGED_DURING_RUN } from './exit-codes.js';
import { readRegularFile } from './read-regular-file.js';

export class ChangedDuringRunError extends Error {
  override readonly name = 'ChangedDuringRunError';
  readonly code = CHANGED_DURING_RUN;
  constructor(readonly file: string) {
    super(`${file} changed on disk while it was being migrated; it was left as it is now (run the codemod again)`);
  }
}

/** Replaces `file` with `bytes`, provided it still holds `expected` (the bytes the rewrite was computed from). */
export async function writeFileAtomic(file: string, bytes: Buffer, expected: Buffer): Promise<void> {
  const { mode } = await fs.stat(file);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.workiva-sunset-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temporary, bytes, { mode: mode & 0o7777, flag: 'wx' });
    await fs.chmod(temporary, mode & 0o7777);
    // The last moment before the rename: the window left is a few microseconds, not the seconds a transform takes.
    if (!(await readRegularFile(file)).equals(expected)) throw new ChangedDuringRunError(file);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
