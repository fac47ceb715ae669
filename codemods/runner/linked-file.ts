// A rewrite is written by renaming a new file over the old path. For a symbolic link that would
// replace the link with a regular file and leave its target unmigrated; for a hard link it would
// split the links (the other names keep the old text). Such files are refused with the reason.
import { promises as fs } from 'node:fs';

export class LinkedFileError extends Error {
  override readonly name = 'LinkedFileError';
  readonly code = 'LINKED_FILE';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file} ${reason}; it was not rewritten (a rewrite replaces the file, which would break the link)`);
  }
}

export async function assertNotLinked(file: string): Promise<void> {
  const stats = await fs.lstat(file);
  if (stats.isSymbolicLink()) throw new LinkedFileError(file, `is a symbolic link to ${await fs.realpath(file)} — migrate that path instead`);
  if (stats.nlink > 1) throw new LinkedFileError(file, `has ${stats.nlink} hard links — copy it to break the links, or migrate it by hand`);
}
