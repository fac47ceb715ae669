// The pre-filter's first cut on a large tree, made by grep while Node is still loading and walking:
// which files under the directories given hold any of a few byte strings. grep reads 10,000 source
// files in a fraction of what Node's per-file system calls cost, on the other core. Its answer is
// used only when grep says it is complete (exit status 0 or 1), and only for the files grep names:
// anything else (no grep, an option it lacks, a file it could not read, a file it did not visit) is
// left to the caller's own reading, which reports errors per file as before.
import { spawn } from 'node:child_process';

export interface TreeSearch {
  /** Each file grep read, and whether it holds a needle; null when grep gave no complete answer. */
  readonly settled: Promise<ReadonlyMap<string, boolean> | null>;
  /** Stops grep when its answer is not wanted (a small tree, an error before the pre-filter). */
  cancel(): void;
}

/**
 * Starts grep over `directories` (absolute and normalised, as the walk names files), for files
 * with one of `extensions`, skipping node_modules, dist and dot folders as the walk does (a file it
 * visits that the walk leaves out is simply not asked about). Devices and FIFOs are skipped, never
 * read, so nothing can block.
 */
export function startTreeSearch(directories: readonly string[], needles: readonly Buffer[], extensions: readonly string[]): TreeSearch {
  // -r: recursive, not following links met on the way (the walk does not either); -c -m 1: each
  // file with 0 or 1 (so a file is named even when it holds no needle, and grep stops at the first);
  // --null: a NUL after each name (a name may hold a newline); -F -a and LC_ALL=C: fixed byte
  // strings, binary files as text; -f -: the needles on stdin, as bytes.
  const args = ['-r', '-c', '-m', '1', '--null', '-F', '-a', '-D', 'skip', '-f', '-', ...extensions.map((extension) => `--include=*.${extension}`)];
  args.push('--exclude-dir=node_modules', '--exclude-dir=dist', '--exclude-dir=.*', '--', ...directories);
  const child = spawn('grep', args, { env: { ...process.env, LC_ALL: 'C' }, stdio: ['pipe', 'pipe', 'ignore'] });
  const output: Buffer[] = [];
  let cancelled = false;
  child.stdout.on('data', (data: Buffer) => output.push(data));
  child.stdin.on('error', () => undefined);
  child.stdin.end(Buffer.concat(needles.flatMap((needle) => [needle, Buffer.from('\n')])));
  const settled = new Promise<ReadonlyMap<string, boolean> | null>((resolve) => {
    child.once('error', () => resolve(null));
    child.once('close', (status) => resolve(!cancelled && (status === 0 || status === 1) ? parseCounts(Buffer.concat(output).toString('utf8')) : null));
  });
  return {
    settled,
    cancel: () => {
      cancelled = true;
      child.kill();
    },
  };
}

/** `name NUL count LF` per file → name → whether the count is not 0. */
function parseCounts(text: string): Map<string, boolean> {
  const counts = new Map<string, boolean>();
  for (let start = 0; start < text.length; ) {
    const nul = text.indexOf('\0', start);
    const end = text.indexOf('\n', nul + 1);
    if (nul === -1 || end === -1) break;
    counts.set(text.slice(start, nul), text.slice(nul + 1, end) !== '0');
    start = end + 1;
  }
  return counts;
}
