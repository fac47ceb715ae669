// The text pre-filter (prefilter.ts) judged on a file's raw bytes: what a file must contain for
// mayContainRequestSites to keep it, so a file without any of it is ruled out unread or undecoded.
// Kept apart from prefilter.ts so that starting grep (codemods/runner/prefilter-search.ts) loads
// only the catalog, not the sibling-file reader.
import { getCatalogKeywords } from './match-catalog.js';
import { getAliasTable } from './path-aliases.js';

/**
 * What any text passing mayContainRequestSites must contain: a catalog keyword (mentionsCatalogKeyword
 * starts with a substring search for one) or a quote followed by a dot (every relative import
 * specifier, getLocalImportSpecifiers), or an aliased import (getAliasNeedles). As bytes, made once (a string needle is encoded at each
 * search). Null when a keyword is not printable ASCII: its bytes would then depend on the encoding.
 */
const REQUIRED_NEEDLES: readonly Buffer[] | null = ((needles) => (needles.every((needle) => /^[\x20-\x7e]+$/.test(needle)) ? needles.map((needle) => Buffer.from(needle, 'latin1')) : null))([
  ...getCatalogKeywords(),
  "'.",
  '".',
]);

/**
 * False only when mayContainRequestSites is false for the file's text, judged on its raw bytes
 * without decoding them: for any ASCII-compatible encoding (UTF-8, latin1; not UTF-16), an ASCII
 * needle is in the bytes exactly where it is in the text. The runner's pre-filter pass asks this
 * first, so a file with neither costs a few byte searches and no string at all.
 */
export function bytesMayContainRequestSites(bytes: Buffer, file: string): boolean {
  if (REQUIRED_NEEDLES === null || REQUIRED_NEEDLES.some((needle) => bytes.indexOf(needle) !== -1)) return true;
  return getAliasNeedles(file).some((needle) => bytes.indexOf(needle, 0, 'latin1') !== -1);
}

/**
 * A quote before each import alias that applies to the file (tsconfig `paths`, package.json
 * `imports`; path-aliases.ts): an aliased import is followed like a relative one, so a file whose
 * only link to the path is `from '@/config/endpoints'` must not be ruled out.
 */
export function getAliasNeedles(file: string): readonly string[] {
  return getAliasTable(file).prefixes.flatMap((prefix) => [`'${prefix}`, `"${prefix}`]);
}

/** The byte strings bytesMayContainRequestSites looks for (null: it cannot rule a file out), for a search made elsewhere (grep). */
export function getRequiredNeedles(): readonly Buffer[] | null {
  return REQUIRED_NEEDLES;
}
