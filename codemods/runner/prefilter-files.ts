// The runner's first pass: read every discovered file and keep those the matcher's cheap text
// pre-filter cannot rule out. Nothing here loads TypeScript: on a pull request that touches no export
// site, this is the whole run.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { mayContainRequestSites } from '../../src/matcher/prefilter.js';
import { bytesMayContainRequestSites, getAliasNeedles } from '../../src/matcher/prefilter-bytes.js';
import { isUtf16, textForPrefilter } from './encoding.js';
import { toFileError, type FileOutcome } from './file-outcome.js';
import type { PrefilterSearch } from './prefilter-search.js';
import { createReadBuffer, readRegularFileSync, type ReadBuffer } from './read-regular-file.js';

/**
 * Files read between two turns of the event loop (progress output, signals). Reads are synchronous
 * and one at a time on purpose: for source files (a few kB, usually in the page cache) a
 * synchronous read costs one round of system calls, where `fs.promises.readFile` costs four trips
 * through libuv's thread pool — measured 5× slower on 10,000 files, concurrency or not.
 */
export const PREFILTER_BATCH = 256;

/**
 * From how many files grep's first cut (native-search.ts) is waited for: below that, Node reads the
 * files (about 10 µs each) sooner than a process answers.
 */
export const NATIVE_SEARCH_FROM = 1_000;

export interface PrefilterResult {
  /** Files that may hold a request site, in the order given. */
  readonly candidates: string[];
  /** Files that could not be read. */
  readonly unreadable: FileOutcome[];
}

/**
 * `search`: grep's first cut (prefilter-search.ts), waited for from `nativeSearchFrom` files and
 * otherwise stopped.
 */
export async function prefilterFiles(files: readonly string[], onRuledOut: () => void, search: PrefilterSearch | null = null, nativeSearchFrom = NATIVE_SEARCH_FROM): Promise<PrefilterResult> {
  const candidates: string[] = [];
  const unreadable: FileOutcome[] = [];
  const buffer = createReadBuffer();
  const toRead = await notRuledOutByGrep(files, search, nativeSearchFrom, onRuledOut);
  for (let index = 0; index < toRead.length; index++) {
    if (index > 0 && index % PREFILTER_BATCH === 0) await yieldToEventLoop();
    const file = toRead[index]!;
    try {
      if (mayHoldRequestSites(file, buffer)) {
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

/** Most files are ruled out on their raw bytes; only the rest are decoded for the text pre-filter. */
function mayHoldRequestSites(file: string, buffer: ReadBuffer): boolean {
  const bytes = readRegularFileSync(file, buffer);
  if (!isUtf16(bytes) && !bytesMayContainRequestSites(bytes, file)) return false;
  return mayContainRequestSites(textForPrefilter(bytes), file);
}

/**
 * The files still to read after grep's search: all but those grep read and found none of the byte
 * strings bytesMayContainRequestSites looks for (nor a UTF-16 BOM) in, which are ruled out exactly
 * as reading them would; in the order given. All of them without a complete answer from grep.
 */
async function notRuledOutByGrep(files: readonly string[], search: PrefilterSearch | null, nativeSearchFrom: number, onRuledOut: () => void): Promise<readonly string[]> {
  if (search === null) return files;
  if (files.length < nativeSearchFrom) {
    search.cancel();
    return files;
  }
  const settled = await search.settled;
  if (settled === null) return files;
  // A file under a tsconfig or package.json whose import aliases grep did not look for is read here.
  const searchedFor = search.aliasNeedles ?? new Set<string>();
  const toRead = files.filter((file) => settled.get(file) !== false || getAliasNeedles(file).some((needle) => !searchedFor.has(needle)));
  for (let ruledOut = files.length - toRead.length; ruledOut > 0; ruledOut--) onRuledOut();
  return toRead;
}
