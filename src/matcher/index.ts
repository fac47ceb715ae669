// The shared matcher: "which expressions of this file send a request to a catalog endpoint, and
// which parts of each call are base URL, ids, options?" — asked by the lint rule and the codemod.
export { findRequestSites, type FindRequestSitesContext } from './find-request-sites.js';
export { findUnsentPaths, type UnsentPath } from './unsent-paths.js';
export { parseForMatcher, MatcherParseError, type ParsedFile } from './parse.js';
export { mayContainRequestSites } from './prefilter.js';
export { setParentPointers, getStaticKeyName } from './ast.js';
export { getClassMemberValueNode } from './class-members.js';
export { getSiteLocation } from './site-location.js';
export { urlPartsToTemplate, urlPartsToString, mergeTextParts, paramValueToSource } from './url-parts.js';
export { getCatalogKeywords } from './match-catalog.js';
export { clearSiblingCache, getSiblingParseError } from './module-exports.js';
export type * from './types.js';
