// Matches a resolved URL (text and dynamic parts) against the catalog's path templates. Each
// catalog is compiled once; a URL is encoded as one string with a marker per dynamic part so a
// single regex per entry answers "is this that endpoint, and which parts are which parameter".
import { escapeRegExp } from './escape-regexp.js';
import { CATALOG, type Catalog, type CatalogEntry, type HttpMethod } from 'workiva-sunset/catalog';
import type { EndpointMatch, ParamValue, SourcePosition, UrlPart } from './types.js';
import { isMountedPrefix } from './mount-prefix.js';
import { getPartOrigin, mergeTextParts, sliceTextPart, urlPartsToTemplate } from './url-parts.js';

/** Stands for one dynamic part in the encoded URL (a private-use character no URL literal contains). */
export const DYNAMIC = '\uE000';

/** The prototype prefix an unresolved base-URL variable may stand for, before a distinctive path. */
const PROTOTYPE_PREFIX = '/prototype/platform';
/** Paths distinctive enough that `${unknown}/audits/{id}/procedures/...` is taken as the prototype API. */
const INFERABLE_PATH = /^\/prototype\/platform\/audits\/\{[^}]+\}\/procedures\//;

interface CompiledEntry {
  readonly entry: CatalogEntry;
  readonly direct: RegExp;
  /** The same path without `/prototype/platform`, for an unresolved base right before it. */
  readonly inferred: RegExp | null;
  /** An audit path: a gateway mount may stand before it (mount-prefix.ts). */
  readonly mountable: boolean;
  readonly paramNames: readonly string[];
  /** Literal characters of the template: more is more specific. */
  readonly specificity: number;
}

const compiledCatalogs = new WeakMap<Catalog, readonly CompiledEntry[]>();

function compilePath(path: string): { source: string; paramNames: string[] } {
  const paramNames: string[] = [];
  let source = '';
  let cursor = 0;
  for (const match of path.matchAll(/\{([A-Za-z_$][\w$]*)\}/g)) {
    source += escapeRegExp(path.slice(cursor, match.index));
    const name = match[1] ?? '';
    paramNames.push(name);
    source += `(?<${name}>[^/?#]+)`;
    cursor = match.index + match[0].length;
  }
  source += escapeRegExp(path.slice(cursor));
  return { source, paramNames };
}

function wrap(body: string): RegExp {
  return new RegExp(`^(?<prefix>[^?#]*?)${body}(?<suffix>[?#][\\s\\S]*)?$`, 'd');
}

export function compileCatalog(catalog: Catalog): readonly CompiledEntry[] {
  const cached = compiledCatalogs.get(catalog);
  if (cached) return cached;
  const compiled = catalog.entries.map((entry): CompiledEntry => {
    const { source, paramNames } = compilePath(entry.path);
    const inferred = INFERABLE_PATH.test(entry.path) ? wrap(compilePath(entry.path.slice(PROTOTYPE_PREFIX.length)).source) : null;
    return { entry, direct: wrap(source), inferred, mountable: INFERABLE_PATH.test(entry.path), paramNames, specificity: entry.path.replace(/\{[^}]*\}/g, '').length };
  });
  compiledCatalogs.set(catalog, compiled);
  return compiled;
}

/** Literal path segments of the catalog that any matching file must mention (for the pre-filter). */
export function getCatalogKeywords(catalog: Catalog = CATALOG): readonly string[] {
  const keywords = new Set<string>();
  for (const entry of catalog.entries) {
    const first = entry.path.split('/').find((segment) => segment !== '' && !segment.includes('{'));
    if (first) keywords.add(first);
    if (INFERABLE_PATH.test(entry.path)) {
      const afterPrefix = entry.path.slice(PROTOTYPE_PREFIX.length).split('/').find((segment) => segment !== '');
      if (afterPrefix) keywords.add(afterPrefix);
    }
  }
  return [...keywords];
}

/** A URL encoded as one string, with the part and offset of every character. */
export interface EncodedUrl {
  readonly text: string;
  readonly parts: readonly UrlPart[];
  /** Start offset of each part in `text`. */
  readonly starts: readonly number[];
}

export function encodeUrl(parts: readonly UrlPart[]): EncodedUrl {
  let text = '';
  const starts: number[] = [];
  for (const part of parts) {
    starts.push(text.length);
    text += part.kind === 'text' ? part.value : DYNAMIC;
  }
  return { text, parts, starts };
}

export function sliceEncoded(url: EncodedUrl, start: number, end: number): UrlPart[] {
  const result: UrlPart[] = [];
  url.parts.forEach((part, index) => {
    const partStart = url.starts[index] ?? 0;
    const partEnd = partStart + (part.kind === 'text' ? part.value.length : 1);
    if (partEnd <= start || partStart >= end) return;
    if (part.kind === 'dynamic') result.push(part);
    else result.push(sliceTextPart(part, Math.max(0, start - partStart), Math.min(part.value.length, end - partStart)));
  });
  return mergeTextParts(result);
}

/**
 * What may stand before the endpoint path: nothing, an origin, or a base URL ending in an unknown part.
 * A known origin with a trailing `/` (`'https://host/' + '/prototype/...'`) is not accepted: that
 * request goes to `//prototype/...`, which a server need not route to the endpoint. After an
 * unknown part the slash is the variable's business, and the site stands.
 */
function isAcceptedPrefix(prefix: string): boolean {
  if (prefix === '' || prefix.endsWith(DYNAMIC)) return true;
  const lastDynamic = prefix.lastIndexOf(DYNAMIC);
  const tail = prefix.slice(lastDynamic + 1);
  if (lastDynamic < 0) return /^(?:[a-z][a-z0-9+.-]*:)?\/\/[^/?#\s]+$/i.test(tail);
  // After an unknown part: a host continuation such as `://api.host`, `.wdesk.com` or `:8443`.
  return /^(?::\/\/)?[^/?#\s]+$/.test(tail);
}

export function toParamValue(parts: readonly UrlPart[]): ParamValue {
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only?.kind === 'dynamic') return { kind: 'expression', node: only.node, text: only.text, encoded: only.encoded };
  if (parts.every((part) => part.kind === 'text')) return { kind: 'literal', value: parts.map((part) => (part.kind === 'text' ? part.value : '')).join('') };
  return { kind: 'expression', node: null, text: urlPartsToTemplate(parts), encoded: false };
}

export interface MatchOptions {
  /** The URL has an implicit base we cannot see (a helper or instance with an unknown base URL). */
  readonly implicitBase: boolean;
  /** File and range of the sending call: path text written elsewhere sets `builtAt`. */
  readonly siteFile: string;
  readonly siteRange: readonly [number, number];
  readonly catalog?: Catalog;
}

interface Candidate {
  readonly compiled: CompiledEntry;
  readonly groups: Record<string, [number, number] | undefined>;
  readonly inferred: boolean;
}

/** The most specific catalog entry whose method and path template the URL matches, or null. */
export function matchCatalog(parts: readonly UrlPart[], method: HttpMethod, options: MatchOptions): EndpointMatch | null {
  const url = encodeUrl(parts);
  let best: Candidate | null = null;
  for (const compiled of compileCatalog(options.catalog ?? CATALOG)) {
    if (compiled.entry.method !== method) continue;
    const candidate = tryEntry(compiled, url.text, options.implicitBase);
    if (!candidate) continue;
    if (!best || isBetter(candidate, best)) best = candidate;
  }
  return best ? buildMatch(best, url, options) : null;
}

function isBetter(candidate: Candidate, best: Candidate): boolean {
  if (candidate.inferred !== best.inferred) return !candidate.inferred;
  return candidate.compiled.specificity > best.compiled.specificity;
}

function tryEntry(compiled: CompiledEntry, text: string, implicitBase: boolean): Candidate | null {
  const direct = compiled.direct.exec(text);
  const directPrefix = direct?.groups?.['prefix'] ?? '';
  if (direct?.indices?.groups && (isAcceptedPrefix(directPrefix) || (compiled.mountable && isMountedPrefix(directPrefix, isAcceptedPrefix)))) {
    return { compiled, groups: direct.indices.groups, inferred: false };
  }
  if (!compiled.inferred) return null;
  const inferred = compiled.inferred.exec(text);
  const prefix = inferred?.groups?.['prefix'];
  if (!inferred?.indices?.groups || prefix === undefined) return null;
  if (prefix.endsWith(DYNAMIC) || (prefix === '' && implicitBase)) return { compiled, groups: inferred.indices.groups, inferred: true };
  return null;
}

function buildMatch(candidate: Candidate, url: EncodedUrl, options: MatchOptions): EndpointMatch {
  const pathStart = candidate.groups['prefix']?.[1] ?? 0;
  const pathEnd = candidate.groups['suffix']?.[0] ?? url.text.length;
  const params: Record<string, ParamValue> = {};
  for (const name of candidate.compiled.paramNames) {
    const range = candidate.groups[name];
    if (range) params[name] = toParamValue(sliceEncoded(url, range[0], range[1]));
  }
  return {
    entry: candidate.compiled.entry,
    params,
    base: sliceEncoded(url, 0, pathStart),
    suffix: sliceEncoded(url, pathEnd, url.text.length),
    builtAt: findBuiltAt(url, pathStart, options),
  };
}

/** Where the path's first character was written, when that is outside the sending call. */
function findBuiltAt(url: EncodedUrl, pathStart: number, options: MatchOptions): SourcePosition | null {
  for (let index = 0; index < url.parts.length; index++) {
    const part = url.parts[index];
    const partStart = url.starts[index] ?? 0;
    if (!part || part.kind !== 'text' || partStart + part.value.length <= pathStart) continue;
    const origin = getPartOrigin(part);
    if (!origin) continue; // a separator the matcher inserted (base joining): look further
    const inside = origin.file === options.siteFile && origin.start >= options.siteRange[0] && origin.start < options.siteRange[1];
    return inside ? null : part.at;
  }
  return null;
}
