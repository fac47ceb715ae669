// Starts grep's first cut for the pre-filter pass (native-search.ts) as early as the arguments are
// known: the CLI calls it before loading the runner, so grep reads the tree while Node loads the
// rest and walks it. Loads only the catalog and child_process.
import { statSync } from 'node:fs';
import path from 'node:path';
import { getRequiredNeedles } from '../../src/matcher/prefilter-bytes.js';
import { startTreeSearch, type TreeSearch } from './native-search.js';
import { SOURCE_EXTENSIONS } from './source-extensions.js';

/** A UTF-16 file's BOM: its ASCII characters are two bytes each, so it is always read by Node. */
const UTF16_BOMS = [Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];

/** grep over the paths given that are directories; null when the pre-filter cannot be judged on bytes or none is a directory. */
export function startPrefilterSearch(paths: readonly string[], cwd: string): TreeSearch | null {
  const needles = getRequiredNeedles();
  const directories = searchedDirectories(paths, cwd);
  if (needles === null || directories.length === 0) return null;
  return startTreeSearch(directories, [...needles, ...UTF16_BOMS], SOURCE_EXTENSIONS);
}

/** The paths given that are directories, absolute and normalised as the walk names its files. */
function searchedDirectories(paths: readonly string[], cwd: string): string[] {
  return paths.map((given) => path.resolve(cwd, given)).filter((target) => statSync(target, { throwIfNoEntry: false })?.isDirectory() === true);
}
