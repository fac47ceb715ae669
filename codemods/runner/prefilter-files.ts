// The runner's first pass: read every discovered file and keep those the matcher's cheap text
// pre-filter cannot rule out. Nothing here loads TypeScript: on a pull request that touches no export
// site, this is the whole run.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { mayContainRequestSites } from '../../src/matcher/prefilter.js';
import { textForPrefilter } from './encoding.js';
import { toFileError, type FileOutcome } from './file-outcome.js';
import { readRegularFileSync } from './read-regular-file.js';

/**
 * Files read between two turns of the event loop (progress output, signals). Reads are synchronous
 * and one at a time on purpose: for source files (a few kB, usually in the page cache) a
 * synchronous read costs one round of system calls, where `fs.promises.readFile` costs four trips
 * through libuv's thread pool — measured 5× slower on 10,000 files, concurrency or not.
 */
export const PREFILTER_BATCH = 256;

export interface PrefilterResult {
  /** Files that may hold a request site, in the order given. */
  readonly candidates: string[];
  /** Files that could not be read. */
  readonly unreadable: FileOutcome[];
}

export async function prefilterFiles(files: readonly string[], onRuledOut: () => void): Promise<PrefilterResult> {
  const candidates: string[] = [];
  const unreadable: FileOutcome[] = [];
  for (let index = 0; index < files.length; index++) {
    if (index > 0 && index % PREFILTER_BATCH === 0) await yieldToEventLoop();
    const file = files[index]!;
    try {
      if (mayContainRequestSites(textForPrefilter(readRegularFileSync(file)), file)) {
        candidates.push(file);
        continue;
      }
    } catch (error) {
      unreadable.push({ file, status: 'error', rewritten: [], manual: [], error: toFileError(error) });
    }
    onRuledOut();
  }
  return { candidates, unreadable };
}
