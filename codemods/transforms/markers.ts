// The greppable marker left before a statement the codemod could not migrate:
//   /* workiva-sunset: manual migration needed — <reason>; <what keeps it working meanwhile> */
import type { TextEdit } from './text-edits.js';

export const MARKER_PREFIX = 'workiva-sunset: manual migration needed';
const MAX_REASON_LENGTH = 240;
/** Every site this codemod marks is the sample-attachment export, which the run-time safety net routes. */
export const MEANWHILE = 'until then @workiva-sunset/safety-net routes it at run time';

export function markerComment(reasons: readonly string[], asciiOnly = false): string {
  let reason = [...new Set(reasons)].join('; ').replace(/\s+/g, ' ').replace(/\*\//g, '* /');
  if (reason.length > MAX_REASON_LENGTH) reason = `${reason.slice(0, MAX_REASON_LENGTH - 1)}…`;
  const marker = `/* ${MARKER_PREFIX} — ${reason}; ${MEANWHILE} */`;
  return asciiOnly ? toAscii(marker) : marker;
}

/** For files kept as latin1 bytes: the marker's own punctuation in ASCII, anything else past U+00FF as `?`. */
function toAscii(text: string): string {
  return text.replace(/—/g, '--').replace(/…/g, '...').replace(/→/g, '->').replace(/[^\u0000-\u00ff]/g, '?');
}

/** Whether the comments directly before `offset` already hold a marker. */
export function hasMarkerBefore(text: string, offset: number): boolean {
  return findMarkerBefore(text, offset) !== undefined;
}

/** The marker among the comments directly before `offset`: its range, with its line when it is alone on it. */
function findMarkerBefore(text: string, offset: number): { start: number; end: number } | undefined {
  let end = offset;
  for (;;) {
    const before = text.slice(0, end).replace(/\s+$/, '');
    if (before.endsWith('*/')) {
      const start = before.lastIndexOf('/*');
      if (start === -1) return undefined;
      if (before.slice(start).startsWith(`/* ${MARKER_PREFIX}`)) return lineOf(text, start, before.length);
      end = start;
      continue;
    }
    const lineStart = before.lastIndexOf('\n') + 1;
    if (before.slice(lineStart).trimStart().startsWith('//')) {
      end = lineStart;
      continue;
    }
    return undefined;
  }
}

/** `[start, end)` grown to whole lines (indentation and line break) when nothing else shares them. */
function lineOf(text: string, start: number, end: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineBreak = /^[ \t]*\r?\n/.exec(text.slice(end));
  if (!/^[ \t]*$/.test(text.slice(lineStart, start)) || !lineBreak) return { start, end };
  return { start: lineStart, end: end + lineBreak[0].length };
}

/** Removes the marker an earlier run left before the statement at `offset`, once that site is migrated. */
export function staleMarkerEdit(text: string, offset: number): TextEdit | undefined {
  const marker = findMarkerBefore(text, offset);
  return marker && { start: marker.start, end: marker.end, text: '' };
}

/** Inserts the marker on its own line before the statement at `offset`, indented like it. */
export function markerEdit(text: string, offset: number, reasons: readonly string[], eol: string, asciiOnly = false): TextEdit {
  return linesBeforeEdit(text, offset, [markerComment(reasons, asciiOnly)], eol);
}

/**
 * Inserts comments before the statement at `offset`, each on its own line indented like it (or, when
 * the statement shares its line with other code, inline; a `//` comment then gets a line of its own).
 */
export function linesBeforeEdit(text: string, offset: number, comments: readonly string[], eol: string): TextEdit {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const prefix = text.slice(lineStart, offset);
  if (/^[ \t]*$/.test(prefix)) return { start: offset, end: offset, text: comments.map((comment) => `${comment}${eol}${prefix}`).join('') };
  return { start: offset, end: offset, text: comments.map((comment) => (comment.startsWith('//') ? `${comment}${eol}` : `${comment} `)).join('') };
}
