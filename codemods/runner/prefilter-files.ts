// The runner's first pass: read every discovered file (a bounded number at a time) and keep those
// the matcher's cheap text pre-filter cannot rule out. Nothing here loads TypeScript: on a pull
// request that touches no export site, this is the whole run.
import { mayContainRequestSites } from '../../src/matcher/prefilter.js';
import { textForPrefilter } from './encoding.js';
import { toFileError, type FileOutcome } from './file-outcome.js';
import { readRegularFile } from './read-regular-file.js';

/** Reads in flight at once: enough to keep the disk and libuv's pool busy, few enough to bound memory. */
export const PREFILTER_CONCURRENCY = 32;

export interface PrefilterResult {
  /** Files that may hold a request site, in the order given. */
  readonly candidates: string[];
  /** Files that could not be read. */
  readonly unreadable: FileOutcome[];
}

export async function prefilterFiles(files: readonly string[], onRuledOut: () => void, concurrency = PREFILTER_CONCURRENCY): Promise<PrefilterResult> {
  const verdicts = new Array<boolean | FileOutcome>(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < files.length; index = next++) {
      const file = files[index]!;
      try {
        verdicts[index] = mayContainRequestSites(textForPrefilter(await readRegularFile(file)), file);
      } catch (error) {
        verdicts[index] = { file, status: 'error', rewritten: [], manual: [], error: toFileError(error) };
      }
      if (verdicts[index] !== true) onRuledOut();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  const candidates: string[] = [];
  const unreadable: FileOutcome[] = [];
  verdicts.forEach((verdict, index) => {
    if (verdict === true) candidates.push(files[index]!);
    else if (verdict !== false) unreadable.push(verdict);
  });
  return { candidates, unreadable };
}
