// Prints the drop-in call: `name({ ids }, { options })`, on one line when it fits, otherwise one
// argument per line indented like the surrounding code.
import type { CarriedOptions } from './carry.js';

export const ID_NAMES = ['auditId', 'procedureId', 'matrixId', 'sampleId', 'attachmentId'] as const;
export type IdName = (typeof ID_NAMES)[number];

export interface Layout {
  readonly eol: string;
  /** Indentation of the line the replaced expression starts on. */
  readonly indent: string;
  /** One indentation step of the file. */
  readonly unit: string;
  /** Column where the replacement starts. */
  readonly column: number;
  readonly printWidth: number;
}

export function printDropIn(name: string, ids: Readonly<Record<IdName, string>>, options: CarriedOptions, layout: Layout): string {
  const idEntries = ID_NAMES.map((id) => entry(id, ids[id]));
  const optionEntries = optionsEntries(options);
  const oneLine = `${name}(${objectLine(idEntries)}${optionEntries.length > 0 ? `, ${objectLine(optionEntries)}` : ''})`;
  if (layout.column + oneLine.length <= layout.printWidth && !oneLine.includes('\n')) return oneLine;

  const inner = layout.indent + layout.unit;
  const args = [objectBlock(idEntries, inner, layout), ...(optionEntries.length > 0 ? [objectBlock(optionEntries, inner, layout)] : [])];
  return `${name}(${layout.eol}${args.map((arg) => `${inner}${arg},`).join(layout.eol)}${layout.eol}${layout.indent})`;
}

function optionsEntries(options: CarriedOptions): string[] {
  const entries: string[] = [];
  if (options.baseUrl !== undefined) entries.push(entry('baseUrl', options.baseUrl));
  if (options.token !== undefined) entries.push(entry('token', options.token));
  if (options.headers.length > 0) entries.push(`headers: ${objectLine(options.headers.map(([key, value]) => entry(key, value)))}`);
  if (options.signal !== undefined) entries.push(entry('signal', options.signal));
  return entries;
}

function entry(key: string, value: string): string {
  return key === value ? key : `${key}: ${value}`;
}

function objectLine(entries: readonly string[]): string {
  return `{ ${entries.join(', ')} }`;
}

function objectBlock(entries: readonly string[], indent: string, layout: Layout): string {
  const line = objectLine(entries);
  if (indent.length + line.length + 1 <= layout.printWidth && !line.includes('\n')) return line;
  const inner = indent + layout.unit;
  return `{${layout.eol}${entries.map((e) => `${inner}${e},`).join(layout.eol)}${layout.eol}${indent}}`;
}

/** Layout facts for a replacement starting at `offset`. */
export function getLayout(sourceText: string, offset: number, eol: string | undefined, printWidth: number): Layout {
  const lineStart = sourceText.lastIndexOf('\n', offset - 1) + 1;
  const indent = /^[ \t]*/.exec(sourceText.slice(lineStart, offset))?.[0] ?? '';
  return { eol: eol ?? detectEol(sourceText), indent, unit: detectIndentUnit(sourceText), column: offset - lineStart, printWidth };
}

export function detectEol(text: string): string {
  const crlf = text.indexOf('\r\n');
  const lf = text.indexOf('\n');
  return crlf !== -1 && crlf + 1 === lf ? '\r\n' : '\n';
}

/** The file's indentation step: a tab, or the smallest space indentation its lines use (default two spaces). */
function detectIndentUnit(text: string): string {
  let smallest = Infinity;
  for (const match of text.matchAll(/\n(\t|[ ]+)\S/g)) {
    if (match[1] === '\t') return '\t';
    const width = match[1]?.length ?? Infinity;
    if (width >= 2 && width < smallest) smallest = width;
  }
  return ' '.repeat(Number.isFinite(smallest) ? Math.min(smallest, 8) : 2);
}

/** A JavaScript string literal for `value`, single-quoted. */
export function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;
}
