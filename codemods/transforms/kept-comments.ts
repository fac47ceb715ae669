// Comments inside a call the codemod replaces (`{ /* keep me */ method: 'POST' }`, `// trailing`)
// would vanish with it. They are found here so the transform can keep them, on their own lines
// before the statement, next to the drop-in.
import { ts, type SourceFile } from 'ts-morph';

/** The text of each comment inside [start, end) of the file, in source order. */
export function getCommentsInRange(sourceFile: SourceFile, start: number, end: number): string[] {
  const text = sourceFile.getFullText();
  const found = new Map<number, string>();
  const collect = (ranges: readonly ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) if (range.pos >= start && range.end <= end) found.set(range.pos, text.slice(range.pos, range.end));
  };
  const compilerFile = sourceFile.compilerNode;
  const visit = (node: ts.Node) => {
    if (node.end < start || node.pos > end) return;
    collect(ts.getLeadingCommentRanges(text, node.pos));
    collect(ts.getTrailingCommentRanges(text, node.end));
    // getChildren includes tokens (`,`, `)`), whose leading trivia holds a comment before them.
    for (const child of node.getChildren(compilerFile)) visit(child);
  };
  visit(compilerFile);
  return [...found].sort(([a], [b]) => a - b).map(([, comment]) => comment);
}
