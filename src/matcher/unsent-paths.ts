// The last net: a whole catalog path built in this file (path-constructions.ts) whose sending call
// the matcher could not find — not here, and not in any project file that imports this one
// (project-importers.ts). Its value leaves the module by a name or into a call no client owns
// (path-flow.ts) and is sent where the matcher cannot follow it: a mixin's `this.exportUrl`, a
// generated client's `createRequestFunction(args)`. It is reported at the construction, saying the
// sender was not identified, rather than not at all. A path that goes nowhere (an unused constant,
// a catalogue nobody imports, a route no importer names) or only into a log or an error is not a
// request and is not reported.
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { escapeRegExp } from './escape-regexp.js';
import { findModuleSites, findRequestSites, getAnalysedContext, getSitesWithRouted, type FindRequestSitesContext } from './find-request-sites.js';
import type { ModuleContext } from './module-context.js';
import { loadSiblingModule } from './module-exports.js';
import { getPathConstructions } from './path-constructions.js';
import { getPathLeaving, type Leaving } from './path-flow.js';
import { findImporters } from './project-importers.js';
import { readSiblingFile } from './sibling-files.js';
import { getSkeletonParts } from './skeleton-parts.js';
import { CATALOG_PATH_START } from './skeleton-net.js';
import { matchSkeleton } from './skeleton.js';
import type { EndpointMatch, RequestSite, SourcePosition, UrlPart } from './types.js';

/** A whole catalog path built here whose sending call was not identified. */
export interface UnsentPath {
  /** The expression that builds the path (reported there). */
  readonly node: TSESTree.Node;
  readonly match: EndpointMatch;
  /** How the value leaves this code, for the message: "the getter `exportUrl`", "the export `exportPath`". */
  readonly leavesAs: string;
}

/** Importers searched (breadth first) for the call that sends the path, and how far from this file. */
const MAX_IMPORTERS = 40;
const MAX_IMPORT_HOPS = 3;

const cache = new WeakMap<TSESTree.Program, readonly UnsentPath[]>();

export function findUnsentPaths(program: TSESTree.Program, context: FindRequestSitesContext): readonly UnsentPath[] {
  const cached = cache.get(program);
  if (cached) return cached;
  findRequestSites(program, context);
  const ctx = getAnalysedContext(program);
  // A call the codemod already routed still sends the path: it covers the construction.
  const found = ctx ? findInModule(program, ctx, getSitesWithRouted(program), context) : [];
  cache.set(program, found);
  return found;
}

function findInModule(program: TSESTree.Program, ctx: ModuleContext, sites: readonly RequestSite[], context: FindRequestSitesContext): UnsentPath[] {
  const found: UnsentPath[] = [];
  for (const root of getPathConstructions(program)) {
    if (sites.some((site) => overlaps(site.node, root))) continue;
    const parts = getSkeletonParts(root, ctx);
    const match = matchSkeleton(parts);
    if (!match) continue;
    const key = getPathPosition(parts);
    if (sites.some((site) => isSamePath(site, match, key))) continue;
    const leaving = getPathLeaving(root, ctx);
    if (!leaving || !isSentUnseen(ctx, match, key, leaving, context)) continue;
    found.push({ node: root, match: { ...match, builtAt: null }, leavesAs: leaving.description });
  }
  return found;
}

function overlaps(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return inner.range[0] < outer.range[1] && outer.range[0] < inner.range[1];
}

/** Where the path's catalog text was written: the same place a site's `builtAt` names. */
function getPathPosition(parts: readonly UrlPart[]): SourcePosition | null {
  for (const part of parts) {
    if (part.kind === 'text' && part.at && CATALOG_PATH_START.test(part.value)) return part.at;
  }
  return null;
}

function isSamePath(site: RequestSite, match: Omit<EndpointMatch, 'builtAt'>, key: SourcePosition | null): boolean {
  const at = site.match.builtAt;
  // The line, not the column: a text part's column is its literal's or its first character's, by reader.
  return key !== null && at !== null && site.match.entry.id === match.entry.id && at.file === key.file && at.line === key.line;
}

/**
 * Whether the value is read somewhere the matcher found no request for it: some project file imports
 * this one (or, for a member, this file reads it again) and no site found in the importers, up to
 * MAX_IMPORT_HOPS away, sends this path. A module nobody imports is dead code or a catalogue.
 */
function isSentUnseen(ctx: ModuleContext, match: Omit<EndpointMatch, 'builtAt'>, key: SourcePosition | null, leaving: Leaving, context: FindRequestSitesContext): boolean {
  if (leaving.kind === 'call') return true;
  const visited = new Set([ctx.file]);
  let frontier = [ctx.file];
  let readAnywhere = false;
  for (let hop = 0; hop < MAX_IMPORT_HOPS && frontier.length > 0 && visited.size <= MAX_IMPORTERS; hop++) {
    const next: string[] = [];
    for (const file of frontier) {
      for (const importer of findImporters(file)) {
        if (visited.has(importer) || visited.size > MAX_IMPORTERS) continue;
        visited.add(importer);
        // A direct importer that never names the value (it uses another route of the table) does not read it;
        // inner keys (`path`, `url`) are read by generic code, so only the export and its first key count.
        if (hop === 0 && leaving.kind === 'export' && !leaving.names.slice(0, 2).every((name) => mentions(readSiblingFile(importer)?.text ?? '', name))) continue;
        readAnywhere = true;
        if (sitesOf(importer, context).some((site) => isSamePath(site, match, key))) return false;
        next.push(importer);
      }
    }
    frontier = next;
  }
  return readAnywhere || isReadHere(ctx, leaving);
}

function sitesOf(file: string, context: FindRequestSitesContext): readonly RequestSite[] {
  const module = loadSiblingModule(file, true);
  if (!module) return [];
  findModuleSites(module, context);
  return getSitesWithRouted(module.program);
}

function mentions(text: string, name: string): boolean {
  return wordPattern(name).test(text);
}

function wordPattern(name: string): RegExp {
  return new RegExp(`(?<![\\w$])${escapeRegExp(name)}(?![\\w$])`);
}

/** A member or property named again in this file (`this.exportUrl` read by a mixin of the same module). */
function isReadHere(ctx: ModuleContext, leaving: Leaving): boolean {
  if (leaving.kind === 'export') return false;
  const name = escapeRegExp(leaving.names.at(-1) ?? '');
  return name !== '' && new RegExp(`(?:\\.\\s*|\\[\\s*['"])${name}\\b(?!['"]?\\s*\\]?\\s*=[^=>])`).test(ctx.sourceText);
}
