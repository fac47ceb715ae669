// URL parts: building them, remembering where their text was written, and turning them back into
// source text (a template literal) or a readable string for messages.
import type { ParamValue, SourcePosition, UrlPart } from './types.js';

export type TextPart = Extract<UrlPart, { kind: 'text' }>;
export type DynamicPart = Extract<UrlPart, { kind: 'dynamic' }>;

/** Where a text part's characters were written: file and offset, to tell "inside the call" from "elsewhere". */
export interface PartOrigin {
  readonly file: string;
  readonly start: number;
}

const origins = new WeakMap<UrlPart, PartOrigin>();

export function textPart(value: string, at: SourcePosition | null, origin: PartOrigin | null): TextPart {
  const part: TextPart = { kind: 'text', value, at };
  if (origin) origins.set(part, origin);
  return part;
}

export function getPartOrigin(part: UrlPart): PartOrigin | undefined {
  return origins.get(part);
}

/** A piece of a text part, keeping its origin (offsets are approximate inside escapes). */
export function sliceTextPart(part: TextPart, start: number, end?: number): TextPart {
  const origin = origins.get(part);
  return textPart(part.value.slice(start, end), part.at, origin ? { file: origin.file, start: origin.start + start } : null);
}

/** Joins adjacent text parts and drops empty ones: the shape handed to the rule and the codemod. */
export function mergeTextParts(parts: readonly UrlPart[]): UrlPart[] {
  const merged: UrlPart[] = [];
  for (const part of parts) {
    if (part.kind === 'text' && part.value === '') continue;
    const last = merged[merged.length - 1];
    if (part.kind === 'text' && last?.kind === 'text') {
      const joined = textPart(last.value + part.value, last.at, origins.get(last) ?? null);
      merged[merged.length - 1] = joined;
    } else {
      merged.push(part);
    }
  }
  return merged;
}

export function isAllText(parts: readonly UrlPart[]): parts is readonly TextPart[] {
  return parts.every((part) => part.kind === 'text');
}

export function partsText(parts: readonly TextPart[]): string {
  return parts.map((part) => part.value).join('');
}

/** The text the parts start with, up to the first dynamic part. */
export function leadingText(parts: readonly UrlPart[]): string {
  let text = '';
  for (const part of parts) {
    if (part.kind !== 'text') break;
    text += part.value;
  }
  return text;
}

/** The text the parts end with, after the last dynamic part. */
export function trailingText(parts: readonly UrlPart[]): string {
  let text = '';
  for (let index = parts.length - 1; index >= 0; index--) {
    const part = parts[index];
    if (part?.kind !== 'text') break;
    text = part.value + text;
  }
  return text;
}

function escapeTemplateText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

/**
 * Source text of a template literal that evaluates to the parts, e.g. `${BASE}/prototype/${id}`.
 * Dynamic parts are written as `${text}`, wrapped in `encodeURIComponent(...)` when they were.
 * A single dynamic part that is not encoded is returned as its bare expression text.
 */
export function urlPartsToTemplate(parts: readonly UrlPart[]): string {
  const merged = mergeTextParts(parts);
  const only = merged[0];
  if (merged.length === 1 && only?.kind === 'dynamic' && !only.encoded) return only.text;
  const body = merged
    .map((part) => (part.kind === 'text' ? escapeTemplateText(part.value) : `\${${part.encoded ? `encodeURIComponent(${part.text})` : part.text}}`))
    .join('');
  return `\`${body}\``;
}

/** A readable rendering for messages: `{expr}` for each dynamic part. */
export function urlPartsToString(parts: readonly UrlPart[]): string {
  return parts.map((part) => (part.kind === 'text' ? part.value : `{${part.text}}`)).join('');
}

/**
 * Joins a client's base URL and a relative URL the way axios, got and ky do: exactly one `/`
 * between them. An absolute URL (with a scheme) ignores the base.
 */
export function joinBaseUrl(base: readonly UrlPart[], url: readonly UrlPart[]): UrlPart[] {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(leadingText(url))) return [...url];
  const baseEndsWithSlash = trailingText(base).endsWith('/');
  const urlStartsWithSlash = leadingText(url).startsWith('/');
  if (url.length === 0) return [...base];
  if (baseEndsWithSlash && urlStartsWithSlash) return [...trimTrailingSlashes(base), ...url];
  if (baseEndsWithSlash || urlStartsWithSlash) return [...base, ...url];
  return [...base, textPart('/', null, null), ...url];
}

function trimTrailingSlashes(parts: readonly UrlPart[]): UrlPart[] {
  const result = [...parts];
  for (let index = result.length - 1; index >= 0; index--) {
    const part = result[index];
    if (part?.kind !== 'text') break;
    const trimmed = part.value.replace(/\/+$/, '');
    result[index] = sliceTextPart(part, 0, trimmed.length);
    if (trimmed !== '') break;
  }
  return result;
}

/**
 * Source text of a path parameter's value for generated code: a string literal for a literal, the
 * expression text otherwise (the unencoded value; `encoded` says whether the source encoded it).
 */
export function paramValueToSource(value: ParamValue): string {
  return value.kind === 'literal' ? `'${value.value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : value.text;
}
