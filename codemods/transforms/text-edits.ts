// Applies edits by range to the original text, so everything outside the edited ranges (encoding
// aside, which the runner handles) stays byte-for-byte as it was.

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Applies non-overlapping edits; insertions at the same offset keep their given order, and go before a
 * replacement starting there (lines put before a statement that the replaced call begins).
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const isInsertion = (edit: TextEdit): number => (edit.start === edit.end ? 0 : 1);
  const sorted = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.start - b.edit.start || isInsertion(a.edit) - isInsertion(b.edit) || a.index - b.index);
  let result = '';
  let cursor = 0;
  for (const { edit } of sorted) {
    if (edit.start < cursor) throw new Error(`overlapping edits at offset ${edit.start}`);
    result += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}

/** Where `offset` of the original text is after `edits`, or undefined when an edit replaced it. */
export function mapOffset(edits: readonly TextEdit[], offset: number): number | undefined {
  let shift = 0;
  for (const edit of edits) {
    if (edit.start <= offset && offset < edit.end) return undefined;
    if (edit.end <= offset) shift += edit.text.length - (edit.end - edit.start);
  }
  return offset + shift;
}

/** The range each edit's text occupies in the result of `applyTextEdits(text, edits)`, in the edits' order. */
export function outputRanges(edits: readonly TextEdit[]): Array<readonly [number, number]> {
  const sorted = edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.start - b.edit.start || a.index - b.index);
  const ranges: Array<readonly [number, number]> = new Array(edits.length);
  let shift = 0;
  for (const { edit, index } of sorted) {
    const start = edit.start + shift;
    ranges[index] = [start, start + edit.text.length];
    shift += edit.text.length - (edit.end - edit.start);
  }
  return ranges;
}
