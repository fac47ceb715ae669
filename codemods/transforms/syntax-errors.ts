// The syntax errors TypeScript reports for a rewritten text: the check that refuses a rewrite that
// would not parse. One program over one in-memory file with TypeScript's own compiler host
// interface, on the compiler ts-morph already loaded: a ts-morph Project per check (file system,
// wrappers, factory) cost as much as parsing the file again.
import { ts } from 'ts-morph';

/** Options of the check: no lib files to load; JS and JSX parsed as they are in the file. */
const CHECK_OPTIONS: ts.CompilerOptions = { noLib: true, allowJs: true, jsx: ts.JsxEmit.Preserve, types: [] };

/** Each syntax error in `text` as `line: message`, parsed as a file with `extension` (`.ts`, `.jsx`, …). */
export function getSyntaxErrors(text: string, extension: string): string[] {
  const fileName = `/check${extension}`;
  const program = ts.createProgram({ rootNames: [fileName], options: CHECK_OPTIONS, host: singleFileHost(fileName, text) });
  const sourceFile = program.getSourceFile(fileName);
  if (!sourceFile) throw new Error(`TypeScript did not load ${fileName}`);
  return program.getSyntacticDiagnostics(sourceFile).map((diagnostic) => `${lineNumberAt(text, diagnostic.start)}: ${headMessage(diagnostic.messageText)}`);
}

/** A host that knows one file and nothing else (imports stay unresolved: only syntax is checked). */
function singleFileHost(fileName: string, text: string): ts.CompilerHost {
  return {
    getSourceFile: (name, languageVersion) => (name === fileName ? ts.createSourceFile(name, text, languageVersion) : undefined),
    getDefaultLibFileName: () => '/lib.d.ts',
    writeFile: () => undefined,
    getCurrentDirectory: () => '/',
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (name) => name === fileName,
    readFile: (name) => (name === fileName ? text : undefined),
    directoryExists: (name) => name === '/',
    getDirectories: () => [],
  };
}

/** 1-based, counting `\n` only (as the messages have always counted lines), `?` without a position. */
function lineNumberAt(text: string, position: number | undefined): string {
  if (position === undefined) return '?';
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < position; index = text.indexOf('\n', index + 1)) line++;
  return String(line);
}

/** The first line of a chained message, as before. */
function headMessage(message: string | ts.DiagnosticMessageChain): string {
  return typeof message === 'string' ? message : message.messageText;
}
