// String operations on URL parts, as the code under analysis performs them: `.replace()` of a
// placeholder, `[...].join('/')`, and `new URL(input, base)`.
import type { UrlPart } from './types.js';
import { leadingText, sliceTextPart, textPart, trailingText } from './url-parts.js';

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
