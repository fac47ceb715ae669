// The cheap text pre-filter: a file can only hold a request site if it, or a relative module it
// imports (transitively, depth-limited), mentions a segment every catalog path starts with
// (`prototype`, or `audits` for the paths an unresolved base may prefix) in a URL-like position.
// Following imports costs file reads, so it is done only for files that call something with an argument.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
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
export function mayContainRequestSites(text: string, filename: string, program?: TSESTree.Program): boolean {
  if (mentionsCatalogKeyword(text)) return true;
  if (!CALL_WITH_ARGUMENT.test(text)) return false;
  // A parsed file's imports are read off its statements, which is cheaper than scanning its text.
  return importsMentionKeyword(text, filename, program);
}
