// Text ranges that delete a statement or one item of a comma-separated list (declarators, import
// specifiers) while leaving every other byte as it was: a statement alone on its line goes with its
// line, its trailing comment and the own-line comments directly above it (never a file's header),
// and no doubled or dangling blank line is left behind.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import type { TextEdit } from './text-edits.js';

type Range = readonly [number, number];

/** The range that removes `statement`; `comments` are the file's comments, in source order. */
export function statementRemoval(text: string, statement: TSESTree.Node, comments: readonly TSESTree.Comment[]): Range {
  const lineStart = text.lastIndexOf('\n', statement.range[0] - 1) + 1;
  const lineEnd = endOfLine(text, statement.range[1]);
  const aloneOnLine = /^[ \t]*$/.test(text.slice(lineStart, statement.range[0])) && isOnlyCommentsAndSpace(text, statement.range[1], lineEnd, comments);
  if (!aloneOnLine) return [statement.range[0], skipSpaces(text, statement.range[1])];
  const start = isFirstInFile(statement) ? lineStart : extendOverLeadingComments(text, lineStart, comments);
  return [start, lineEnd];
}

/** Ranges that remove the `removed` items of a comma-separated list, at least one item of which is kept. */
export function listItemRemovals(items: readonly TSESTree.Node[], removed: ReadonlySet<TSESTree.Node>): Range[] {
  const ranges: Range[] = [];
  let index = 0;
  while (index < items.length) {
    const item = items[index];
    if (!item || !removed.has(item)) {
      index++;
      continue;
    }
    let last = index;
    while (last + 1 < items.length && removed.has(items[last + 1] as TSESTree.Node)) last++;
    const next = items[last + 1];
    const previous = items[index - 1];
    // `a, b, c` → drop `b, ` up to the next kept item, or `, c` back to the previous kept one.
    if (next) ranges.push([item.range[0], next.range[0]]);
    else if (previous) ranges.push([previous.range[1], (items[last] as TSESTree.Node).range[1]]);
    index = last + 1;
  }
  return ranges;
}

/**
 * Ranges that remove some specifiers of an import that keeps at least one: named ones within the
 * braces, the whole `{ … }` when only the default or namespace import stays, or the default import.
 */
export function importSpecifierRemovals(text: string, declaration: TSESTree.ImportDeclaration, removed: ReadonlySet<TSESTree.Node>): Range[] {
  const named = declaration.specifiers.filter((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier);
  const first = declaration.specifiers[0];
  const leading = first && first.type !== AST_NODE_TYPES.ImportSpecifier ? first : undefined;
  const others = declaration.specifiers.filter((specifier) => specifier !== leading);
  const ranges: Range[] = [];
  const keptNamed = named.filter((specifier) => !removed.has(specifier));
  const lastNamed = named[named.length - 1];
  if (leading && lastNamed && keptNamed.length === 0 && named.length > 0) {
    // `D, { a }` → `D`: from the end of the default import to the closing brace.
    ranges.push([leading.range[1], text.indexOf('}', lastNamed.range[1]) + 1]);
  } else if (named.length > 0) {
    ranges.push(...listItemRemovals(named, removed));
  }
  const second = others[0];
  if (leading && removed.has(leading) && second) {
    // `D, { a }` → `{ a }`, `D, * as ns` → `* as ns`.
    const brace = named.length > 0 ? text.lastIndexOf('{', named[0]?.range[0]) : second.range[0];
    ranges.push([leading.range[0], brace]);
  } else if (leading && others.length === 1 && second?.type === AST_NODE_TYPES.ImportNamespaceSpecifier && removed.has(second)) {
    ranges.push([leading.range[1], second.range[1]]);
  }
  return ranges;
}

/**
 * Merges touching line removals and, where one would leave a doubled blank line, a blank line after
 * an opening brace or the file's start, or one before a closing brace, takes that blank line too.
 */
export function toEdits(text: string, ranges: readonly Range[]): TextEdit[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const edits = merged.map(([start, end]): TextEdit => {
    const isWholeLines = (start === 0 || text[start - 1] === '\n') && (end === text.length || text[end - 1] === '\n');
    if (!isWholeLines) return { start, end, text: '' };
    const previousLine = start === 0 ? undefined : text.slice(text.lastIndexOf('\n', start - 2) + 1, start);
    const nextLineEnd = endOfLine(text, end);
    const nextLine = text.slice(end, nextLineEnd);
    const isBlank = (line: string | undefined) => line !== undefined && /^[ \t\r]*\n?$/.test(line) && line.length > 0;
    const opensBefore = previousLine === undefined || /\{[ \t]*\r?\n$/.test(previousLine);
    if ((isBlank(previousLine) || opensBefore) && isBlank(nextLine) && nextLineEnd < text.length) return { start, end: nextLineEnd, text: '' };
    if (isBlank(previousLine) && /^[ \t]*\}/.test(nextLine) && previousLine !== undefined) return { start: start - previousLine.length, end, text: '' };
    return { start, end, text: '' };
  });
  // A blank line taken by one removal must not be taken again by the next.
  return edits.map((edit, index) => {
    const previousEnd = index > 0 ? (edits[index - 1] as TextEdit).end : 0;
    return edit.start < previousEnd ? { ...edit, start: previousEnd } : edit;
  });
}

/** The offset after the line break that ends the line holding `offset` (or the end of the text). */
function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

function skipSpaces(text: string, offset: number): number {
  let end = offset;
  while (text[end] === ' ' || text[end] === '\t') end++;
  return end;
}

/** Whether text[from, to) holds only white space and whole comments (the statement's trailing comment). */
function isOnlyCommentsAndSpace(text: string, from: number, to: number, comments: readonly TSESTree.Comment[]): boolean {
  let cursor = from;
  for (;;) {
    cursor = skipSpaces(text, cursor);
    if (cursor >= to || text[cursor] === '\r' || text[cursor] === '\n') return true;
    const comment = comments.find((candidate) => candidate.range[0] === cursor);
    if (!comment || comment.range[1] > to) return false;
    cursor = comment.range[1];
  }
}

/** Moves a line start up over the comments that sit alone on the lines directly above it (no blank line between). */
function extendOverLeadingComments(text: string, lineStart: number, comments: readonly TSESTree.Comment[]): number {
  let start = lineStart;
  for (let index = comments.length - 1; index >= 0; index--) {
    const comment = comments[index] as TSESTree.Comment;
    if (comment.range[1] > start) continue;
    if (!/^[ \t]*\r?\n$/.test(text.slice(comment.range[1], start))) break;
    const commentLineStart = text.lastIndexOf('\n', comment.range[0] - 1) + 1;
    if (!/^[ \t]*$/.test(text.slice(commentLineStart, comment.range[0]))) break;
    start = commentLineStart;
  }
  return start;
}

/** The comments above a file's first statement are its header (licence, `@ts-check`, a description): kept. */
function isFirstInFile(statement: TSESTree.Node): boolean {
  return statement.parent?.type === AST_NODE_TYPES.Program && statement.parent.body[0] === statement;
}
