// The skeleton net: a catalog path reduced to its fixed segments in order, with any placeholder
// (`${…}`, `{x}`, `:x`, `%s`, an unknown piece) standing for a parameter. It recognises the path
// however the code spells its parameters, where the exact match (match-catalog.ts) needs real values.
// Only entries ending in a fixed segment (`…/export`, `…/samples/update`) are in the net: an entry
// ending in a parameter (`GET …/samples/{sampleId}`) is a prefix of the others and stays exact-only.
import { escapeRegExp } from './escape-regexp.js';
import { CATALOG, type Catalog, type CatalogEntry } from 'workiva-sunset/catalog';
import { isMountedPrefix } from './mount-prefix.js';
import type { EndpointMatch, ParamValue, UrlPart } from './types.js';
import { DYNAMIC, encodeUrl, sliceEncoded, toParamValue } from './match-catalog.js';

/** One parameter segment: any non-empty text without a separator or whitespace. */
const PARAM = '[^/?#\\s]+';
/** Named groups for parameters, apart from `prefix`, `prototype` and `suffix`. */
const PARAM_GROUP = 'param_';
const PROTOTYPE_SEGMENTS = ['prototype', 'platform'];

/** Any text without whitespace before the path; isAcceptedPrefix decides whether it is a base. */
const PREFIX = '\\S*?';

interface SkeletonEntry {
  readonly entry: CatalogEntry;
  readonly pattern: RegExp;
  readonly paramNames: readonly string[];
}

const compiled = new WeakMap<Catalog, readonly SkeletonEntry[]>();

/**
 * `prefix` + segments + optional query or fragment. The audit paths may leave `prototype/platform`
 * to their base (`${base}/audits/…`, a prefix-URL instance); isAcceptedPrefix judges the prefix.
 */
function compileSkeleton(entry: CatalogEntry): SkeletonEntry | null {
  const segments = entry.path.split('/').filter((segment) => segment !== '');
  const last = segments[segments.length - 1];
  if (!last || last.startsWith('{')) return null;
  const paramNames: string[] = [];
  const body = segments.map((segment) => {
    const param = /^\{(\w+)\}$/.exec(segment);
    if (!param) return escapeRegExp(segment);
    paramNames.push(param[1] ?? '');
    return `(?<${PARAM_GROUP}${param[1] ?? ''}>${PARAM})`;
  });
  // Only the audit paths are distinctive enough to be recognised without `prototype/platform`.
  const inferable = PROTOTYPE_SEGMENTS.every((segment, index) => segments[index] === segment) && segments[PROTOTYPE_SEGMENTS.length] === 'audits';
  const rest = (inferable ? body.slice(PROTOTYPE_SEGMENTS.length) : body).join('/');
  const head = inferable ? `(?<prefix>${PREFIX})(?<prototype>/?prototype/platform/|/?)` : `(?<prefix>${PREFIX})/?`;
  const pattern = new RegExp(`^${head}${rest}/?(?<suffix>[?#]\\S*)?$`, 'd');
  return { entry, pattern, paramNames };
}

function getSkeletons(catalog: Catalog): readonly SkeletonEntry[] {
  const cached = compiled.get(catalog);
  if (cached) return cached;
  const skeletons = catalog.entries.map(compileSkeleton).filter((skeleton): skeleton is SkeletonEntry => skeleton !== null);
  compiled.set(catalog, skeletons);
  return skeletons;
}

/** The last fixed segment of every entry in the net: a literal without one cannot hold a skeleton. */
export function getSkeletonTailSegments(catalog: Catalog = CATALOG): readonly string[] {
  return [...new Set(getSkeletons(catalog).map((skeleton) => skeleton.entry.path.split('/').at(-1) ?? ''))];
}

/** A placeholder for a base URL: `%s`, `{base}`, `:base`, `*`, `$BASE`. */
const BASE_PLACEHOLDER = /(?:%s|\{[^/{}]*\}|:\w+|\*|\$\w+)$/;
/** After an unknown part: a host continuation (`://api.host`, `.wdesk.com`, `:8443`). */
const HOST_CONTINUATION = /^(?::\/\/)?[^/?#\s]+$/;

/**
 * What may stand before the path: nothing, an origin, an unknown piece (then a host continuation), or
 * a base placeholder — never a path of another API (`/api/v2/…`) nor an origin ending in `/` before
 * the path's own `/` (that request goes to `//prototype/…`).
 */
function isAcceptedPrefix(prefix: string): boolean {
  if (prefix === '' || prefix.endsWith(DYNAMIC) || BASE_PLACEHOLDER.test(prefix)) return true;
  const lastDynamic = prefix.lastIndexOf(DYNAMIC);
  if (lastDynamic >= 0) return HOST_CONTINUATION.test(prefix.slice(lastDynamic + 1));
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\/[^/?#\s]+$/i.test(prefix);
}

/** A base, or a gateway mount before the whole prototype path of an audit endpoint. */
function isAcceptedSkeletonPrefix(groups: Record<string, string | undefined>): boolean {
  const prefix = groups['prefix'] ?? '';
  return isAcceptedPrefix(prefix) || ((groups['prototype'] ?? '').includes('prototype') && isMountedPrefix(prefix, isAcceptedPrefix));
}

/**
 * The catalog entry whose skeleton the URL parts spell, with its parameters as written (placeholders
 * included), or null. `siteOf` decides where the path was built (for `builtAt`).
 */
export function matchSkeleton(parts: readonly UrlPart[], catalog: Catalog = CATALOG): Omit<EndpointMatch, 'builtAt'> | null {
  if (!parts.some((part) => part.kind === 'text')) return null;
  const url = encodeUrl(parts);
  for (const skeleton of getSkeletons(catalog)) {
    const found = skeleton.pattern.exec(url.text);
    if (!found?.indices || !isAcceptedSkeletonPrefix(found.groups ?? {})) continue;
    const params: Record<string, ParamValue> = {};
    skeleton.paramNames.forEach((name) => {
      const range = found.indices?.groups?.[`${PARAM_GROUP}${name}`];
      if (range) params[name] = toParamValue(sliceEncoded(url, range[0], range[1]));
    });
    const prefix = found.indices.groups?.['prefix'];
    const suffixStart = found.indices.groups?.['suffix']?.[0] ?? url.text.length;
    return {
      entry: skeleton.entry,
      params,
      base: prefix ? sliceEncoded(url, 0, prefix[1]) : [],
      suffix: sliceEncoded(url, suffixStart, url.text.length),
    };
  }
  return null;
}
