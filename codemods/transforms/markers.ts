// The greppable marker left before a statement the codemod could not migrate:
//   /* workiva-sunset: manual migration needed — <reason> */
import type { TextEdit } from './text-edits.js';

export const MARKER_PREFIX = 'workiva-sunset: manual migration needed';
const MAX_REASON_LENGTH = 240;

export function markerComment(reasons: readonly string[]): string {
  let reason = [...new Set(reasons)].join('; ').replace(/\s+/g, ' ').replace(/\*\//g, '* /');
  if (reason.length > MAX_REASON_LENGTH) reason = `${reason.slice(0, MAX_REASON_LENGTH - 1)}…`;
  return `/* ${MARKER_PREFIX} — ${reason} */`;
}

/** Whether the comments directly before `offset` already hold a marker. */
export function hasMarkerBefore(text: string, offset: number): boolean {
  let end = offset;
  for (;;) {
    const before = text.slice(0, end).replace(/\s+$/, '');
    if (before.endsWith('*/')) {
      const start = before.lastIndexOf('/*');
      if (start === -1) return false;
      if (before.slice(start).startsWith(`/* ${MARKER_PREFIX}`)) return true;
      end = start;
      continue;
    }
    const lineStart = before.lastIndexOf('\n') + 1;
    if (before.slice(lineStart).trimStart().startsWith('//')) {
      end = lineStart;
      continue;
    }
    return false;
  }
}

/** Inserts the marker on its own line before the statement at `offset`, indented like it. */
export function markerEdit(text: string, offset: number, reasons: readonly string[], eol: string): TextEdit {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const prefix = text.slice(lineStart, offset);
  const marker = markerComment(reasons);
  if (/^[ \t]*$/.test(prefix)) return { start: offset, end: offset, text: `${marker}${eol}${prefix}` };
  return { start: offset, end: offset, text: `${marker} ` };
}
