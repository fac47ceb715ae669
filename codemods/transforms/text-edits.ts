// Applies edits by range to the original text, so everything outside the edited ranges (encoding
// aside, which the runner handles) stays byte-for-byte as it was.

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies non-overlapping edits; insertions at the same offset keep their given order. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.start - b.edit.start || a.index - b.index);
  let result = '';
  let cursor = 0;
  for (const { edit } of sorted) {
    if (edit.start < cursor) throw new Error(`overlapping edits at offset ${edit.start}`);
    result += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}
