// Starts grep's first cut for the pre-filter pass (native-search.ts) as early as the arguments are
// known: the CLI calls it before loading the runner, so grep reads the tree while Node loads the
// rest and walks it. Loads only the catalog and child_process.
import { statSync } from 'node:fs';
import path from 'node:path';
import { getAliasNeedles, getRequiredNeedles } from '../../src/matcher/prefilter-bytes.js';
import { startTreeSearch, type TreeSearch } from './native-search.js';
import { SOURCE_EXTENSIONS } from './source-extensions.js';

/** A UTF-16 file's BOM: its ASCII characters are two bytes each, so it is always read by Node. */
const UTF16_BOMS = [Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];

/** grep's search, and the import-alias needles it looked for (a file under other aliases is read by Node). */
export interface PrefilterSearch extends TreeSearch {
  readonly aliasNeedles?: ReadonlySet<string>;
}

/** grep over the paths given that are directories; null when the pre-filter cannot be judged on bytes or none is a directory. */
export function startPrefilterSearch(paths: readonly string[], cwd: string): PrefilterSearch | null {
  const needles = getRequiredNeedles();
  const directories = searchedDirectories(paths, cwd);
  if (needles === null || directories.length === 0) return null;
  // The aliases of each searched directory's own tsconfig/package.json; nested ones are checked after the walk.
  const aliasNeedles = new Set(directories.flatMap((directory) => getAliasNeedles(path.join(directory, 'file.ts'))));
  const search = startTreeSearch(directories, [...needles, ...[...aliasNeedles].map((needle) => Buffer.from(needle, 'latin1')), ...UTF16_BOMS], SOURCE_EXTENSIONS);
  return { ...search, aliasNeedles, cancel: () => search.cancel() };
}

/** The paths given that are directories, absolute and normalised as the walk names its files. */
function searchedDirectories(paths: readonly string[], cwd: string): string[] {
  return paths.map((given) => path.resolve(cwd, given)).filter((target) => statSync(target, { throwIfNoEntry: false })?.isDirectory() === true);
}
