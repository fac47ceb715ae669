// Files that end lines with a lone CR (classic Mac OS) have no `\n` at all: every line-based step of
// the transforms (indentation, markers, blank-line cleanup) would see one long line, and inserted
// code would bring `\n`. Such text is transformed with LF and turned back: with no LF in the file
// the mapping is one-to-one, and JavaScript reads CR and LF alike (template literals included).

export function isCrOnly(text: string): boolean {
  return text.includes('\r') && !text.includes('\n');
}

export function crToLf(text: string): string {
  return text.replace(/\r/g, '\n');
}

export function lfToCr(text: string): string {
  return text.replace(/\n/g, '\r');
}
