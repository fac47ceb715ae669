// String operations on URL parts, as the code under analysis performs them: `.replace()` of a
// placeholder, `[...].join('/')`, `new URL(input, base)`, cuts and trims of known text, `path.join`.
import type { UrlPart } from './types.js';
import { getPartOrigin, leadingText, mergeTextParts, sliceTextPart, textPart, trailingText } from './url-parts.js';

/** Replaces the first (or every) occurrence of `search` inside the text parts with `replacement`. */
export function replaceInParts(parts: readonly UrlPart[], search: string, replacement: readonly UrlPart[], all: boolean): UrlPart[] {
  if (search === '') return [...parts];
  const result: UrlPart[] = [];
  let done = false;
  for (const part of parts) {
    if (part.kind !== 'text' || done) {
      result.push(part);
      continue;
    }
    let rest = part;
    for (;;) {
      const index = rest.value.indexOf(search);
      if (index < 0 || done) break;
      result.push(sliceTextPart(rest, 0, index), ...replacement);
      rest = sliceTextPart(rest, index + search.length);
      if (!all) done = true;
    }
    result.push(rest);
  }
  return result;
}

/** `[a, b, c].join(separator)` with each element's parts. */
export function joinArrayParts(elements: readonly (readonly UrlPart[])[], separator: string): UrlPart[] {
  const result: UrlPart[] = [];
  elements.forEach((element, index) => {
    if (index > 0) result.push(textPart(separator, null, null));
    result.push(...element);
  });
  return result;
}

const ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/**
 * `new URL(input, base)`: an absolute input ignores the base; a path-absolute input keeps only the
 * base's origin (a base starting with an unknown part is taken as that origin); a relative input
 * replaces the base's last segment.
 */
export function resolveUrlAgainstBase(input: readonly UrlPart[], base: readonly UrlPart[]): UrlPart[] {
  const inputStart = leadingText(input);
  if (/^[a-z][a-z0-9+.-]*:/i.test(inputStart)) return [...input];
  if (inputStart.startsWith('/')) {
    const origin = ORIGIN.exec(leadingText(base));
    if (origin) {
      const first = base[0];
      return first?.kind === 'text' ? [sliceTextPart(first, 0, origin[0].length), ...input] : [...input];
    }
    const first = base[0];
    return first?.kind === 'dynamic' ? [first, ...input] : [...input];
  }
  const baseEnd = trailingText(base);
  if (baseEnd.endsWith('/')) return [...base, ...input];
  const slash = baseEnd.lastIndexOf('/');
  if (slash < 0) return [...base, textPart('/', null, null), ...input];
  const last = base[base.length - 1];
  if (last?.kind !== 'text' || last.value.length < baseEnd.length - slash) return [...base, ...input];
  const cut = last.value.length - (baseEnd.length - slash - 1);
  return [...base.slice(0, -1), sliceTextPart(last, 0, cut), ...input];
}

/** `.slice()`, `.substring()`, `.substr()` with integer arguments (read by the caller). */
export type CutMethod = 'slice' | 'substring' | 'substr';

/**
 * The parts a `.slice()` / `.substring()` / `.substr()` keeps, when every cut falls in known text:
 * a start counted in the leading text, an end counted in the leading text or from the end in the
 * trailing text. Undefined when a cut depends on the length of an unknown part.
 */
export function cutParts(parts: readonly UrlPart[], method: CutMethod, args: readonly number[]): UrlPart[] | undefined {
  const total = parts.every((part) => part.kind === 'text') ? leadingText(parts).length : undefined;
  const [first = 0, second] = args;
  let start = first;
  let end: { readonly at: number } | { readonly fromEnd: number };
  if (method === 'substring') {
    const a = Math.max(0, first);
    const b = second === undefined ? undefined : Math.max(0, second);
    start = b === undefined ? a : Math.min(a, b);
    end = b === undefined ? { fromEnd: 0 } : { at: Math.max(a, b) };
  } else {
    if (start < 0) {
      if (total === undefined) return undefined;
      start = Math.max(0, total + start);
    }
    if (second === undefined) end = { fromEnd: 0 };
    else if (method === 'substr') end = { at: start + Math.max(0, second) };
    else end = second < 0 ? { fromEnd: -second } : { at: second };
  }
  if (total !== undefined && 'at' in end) end = { fromEnd: Math.max(0, total - Math.min(total, end.at)) };
  const lead = leadingText(parts).length;
  if (start > lead) return undefined;
  if ('at' in end) {
    if (end.at > lead) return undefined;
    const firstDynamic = parts.findIndex((part) => part.kind !== 'text');
    return dropText(parts.slice(0, firstDynamic), start, lead - Math.max(start, end.at));
  }
  if (end.fromEnd > trailingText(parts).length) return undefined;
  if (total !== undefined && start + end.fromEnd >= total) return [];
  return dropText(parts, start, end.fromEnd);
}

/** Drops `head` characters of leading text and `tail` characters of trailing text (both known to exist). */
function dropText(parts: readonly UrlPart[], head: number, tail: number): UrlPart[] {
  const result = [...parts];
  let remaining = head;
  for (let index = 0; index < result.length && remaining > 0; index++) {
    const part = result[index];
    if (part?.kind !== 'text') break;
    const taken = Math.min(remaining, part.value.length);
    result[index] = sliceTextPart(part, taken);
    remaining -= taken;
  }
  remaining = tail;
  for (let index = result.length - 1; index >= 0 && remaining > 0; index--) {
    const part = result[index];
    if (part?.kind !== 'text') break;
    const taken = Math.min(remaining, part.value.length);
    result[index] = sliceTextPart(part, 0, part.value.length - taken);
    remaining -= taken;
  }
  return result;
}

/** `.trim()`, `.trimStart()`, `.trimEnd()`: whitespace off the known ends (unknown parts are taken as trimmed). */
export function trimParts(parts: readonly UrlPart[], start: boolean, end: boolean): UrlPart[] {
  const leading = start ? (/^\s*/.exec(leadingText(parts))?.[0].length ?? 0) : 0;
  const trailing = end ? (/\s*$/.exec(trailingText(parts))?.[0].length ?? 0) : 0;
  if (parts.every((part) => part.kind === 'text') && leading >= leadingText(parts).length) return [];
  return dropText(parts, leading, trailing);
}

/**
 * `path.join(...)` / `path.posix.join(...)` used to build a URL path: segments joined with `/`,
 * empty ones skipped, runs of `/` in known text collapsed. Undefined for `.`/`..` segments
 * (path.join would resolve them; rare in URL code).
 */
export function joinPathParts(segments: readonly (readonly UrlPart[])[]): UrlPart[] | undefined {
  const joined = mergeTextParts(joinArrayParts(segments.filter((segment) => segment.some((part) => part.kind !== 'text' || part.value !== '')), '/'));
  const result: UrlPart[] = [];
  for (const part of joined) {
    if (part.kind !== 'text') {
      result.push(part);
      continue;
    }
    if (/(^|\/)\.\.?(\/|$)/.test(part.value)) return undefined;
    result.push(textPart(part.value.replace(/\/{2,}/g, '/'), part.at, getPartOrigin(part) ?? null));
  }
  return result;
}

/** Where an anchored `.replace()` pattern applies, and whether its one character repeats (`/^\/+/`). */
export interface Anchor {
  readonly at: 'start' | 'end';
  readonly repeat: boolean;
}

/**
 * `.replace(/^text/, r)` / `.replace(/text$/, r)` on the known end of the parts. Undefined when the
 * match could run into an unknown part (the known end is shorter than the pattern, or a repeated
 * character reaches it).
 */
export function replaceAnchored(parts: readonly UrlPart[], text: string, anchor: Anchor, replacement: readonly UrlPart[]): UrlPart[] | undefined {
  const known = anchor.at === 'start' ? leadingText(parts) : trailingText(parts);
  const allText = parts.every((part) => part.kind === 'text');
  let count = 0;
  for (;;) {
    const found = anchor.at === 'start' ? known.startsWith(text, count) : known.endsWith(text, known.length - count);
    if (!found || text === '') break;
    count += text.length;
    if (!anchor.repeat) break;
  }
  if (!allText) {
    if (count === 0 && known.length < text.length) return undefined;
    if (anchor.repeat && count > 0 && count === known.length) return undefined;
  }
  if (count === 0) return [...parts];
  return anchor.at === 'start' ? [...replacement, ...dropText(parts, count, 0)] : [...dropText(parts, 0, count), ...replacement];
}
