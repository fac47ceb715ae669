// The cheap text pre-filter: a file can only hold a request site if it, or a relative module it
// imports (transitively, depth-limited), mentions a segment every catalog path starts with
// (`prototype`, or `audits` for the paths an unresolved base may prefix) in a URL-like position.
// Following imports costs file reads, so it is done only for files that can send a request at all.
import { importsMentionKeyword, mentionsCatalogKeyword } from './sibling-files.js';

/**
 * Text without any of these cannot hold a sender the matcher recognises (clients/*.ts): an HTTP
 * library or mock by name, a member call named like an HTTP verb, a `method`, a method literal, or a
 * `Request`. Only a hint: a false positive costs one import search, never a missed site.
 */
const SENDER_HINT =
  /\b(?:fetch|axios|got|ky|superagent|undici|request|nock|msw|http|rest|sinon|fetchMock)\b|\.(?:get|post|put|patch|del|delete|send)\b|\bmethod\b|['"`](?:get|post|put|patch|delete)['"`]/i;

/**
 * True when the file may contain a request site: its text mentions a catalog path keyword, or it can
 * send a request and a relative module it imports mentions one. Never false for a file with a site;
 * cheap for all others. `additionalSenders` are the team's own sender names (rule option).
 */
export function mayContainRequestSites(text: string, filename: string, additionalSenders: readonly string[] = []): boolean {
  if (mentionsCatalogKeyword(text)) return true;
  if (!SENDER_HINT.test(text) && !additionalSenders.some((name) => text.includes(name.slice(name.lastIndexOf('.') + 1)))) return false;
  return importsMentionKeyword(text, filename);
}
