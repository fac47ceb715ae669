// The cheap text pre-filter: a file can only hold a request site if it, or a relative module it
// imports (transitively, depth-limited), mentions a segment every catalog path starts with
// (`prototype`, or `audits` for the paths an unresolved base may prefix) in a URL-like position.
import { importsMentionKeyword, mentionsCatalogKeyword } from './sibling-files.js';

/**
 * True when the file may contain a request site: its text mentions a catalog path keyword, or a
 * relative module it imports does. Never false for a file with a site; cheap for all others.
 */
export function mayContainRequestSites(text: string, filename: string): boolean {
  return mentionsCatalogKeyword(text) || importsMentionKeyword(text, filename);
}
