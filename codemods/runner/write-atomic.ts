// Writes a file atomically: a temporary file in the same directory (same file system), with the
// original's mode, renamed over the original. A crash leaves either the old or the new file.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export async function writeFileAtomic(file: string, bytes: Buffer): Promise<void> {
  const { mode } = await fs.stat(file);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.workiva-sunset-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temporary, bytes, { mode: mode & 0o7777, flag: 'wx' });
    await fs.chmod(temporary, mode & 0o7777);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
