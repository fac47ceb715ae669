// The cheap text pre-filter: a file can only hold a request site if it, or a relative module it
// imports (transitively, depth-limited), mentions a segment every catalog path starts with
// (`prototype`, or `audits` for the paths an unresolved base may prefix) in a URL-like position.
// Following imports costs file reads, so it is done only for files that call something with an argument.
import { getCatalogKeywords } from './match-catalog.js';
import { importsMentionKeyword, mentionsCatalogKeyword } from './sibling-files.js';

/**
 * A call with an argument: the skeleton net takes any call given the deprecated path for a request
 * (skeleton-net.ts), so a file without one cannot hold a site whatever it imports. Only a hint: a
 * false positive costs one import search, never a missed site.
 */
const CALL_WITH_ARGUMENT = /[\w$)\]>]\s*\(\s*[^)\s]/;

/**
 * True when the file may contain a request site: its text mentions a catalog path keyword, or it
 * calls something and a relative module it imports mentions one. Never false for a file with a site;
 * cheap for all others.
 */
export function mayContainRequestSites(text: string, filename: string): boolean {
  if (mentionsCatalogKeyword(text)) return true;
  if (!CALL_WITH_ARGUMENT.test(text)) return false;
  return importsMentionKeyword(text, filename);
}

/**
 * What any text passing mayContainRequestSites must contain: a catalog keyword (mentionsCatalogKeyword
 * starts with a substring search for one) or a quote followed by a dot (every relative import
 * specifier, getRelativeImportSpecifiers). As bytes, made once (a string needle is encoded at each
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
export function bytesMayContainRequestSites(bytes: Buffer): boolean {
  return REQUIRED_NEEDLES === null || REQUIRED_NEEDLES.some((needle) => bytes.indexOf(needle) !== -1);
}

/** The byte strings bytesMayContainRequestSites looks for (null: it cannot rule a file out), for a search made elsewhere (grep). */
export function getRequiredNeedles(): readonly Buffer[] | null {
  return REQUIRED_NEEDLES;
}
