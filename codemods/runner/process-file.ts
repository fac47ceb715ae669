// One file through the codemod: read, pre-filter, transform in its own lightweight ts-morph
// Project, then diff or write atomically. Never throws for a file's own problems: a file that does
// not parse (or whose rewrite would not parse) is returned as an error and left untouched.
// First: estree, loaded by the imports below, must find ts-morph's TypeScript (one-typescript.ts).
import './one-typescript.js';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { Project } from 'ts-morph';
import { mayContainRequestSites } from '../../src/matcher/index.js';
import { runTransforms, type TransformResult } from '../transforms/index.js';
import { decodeText, encodeText, type TextEncoding } from './encoding.js';
import { crToLf, isCrOnly, lfToCr } from './line-endings.js';
import type { Mode } from './options.js';
import { writeFileAtomic } from './write-atomic.js';
import { toFileError, type FileOutcome } from './file-outcome.js';
import { assertNotLinked } from './linked-file.js';
import { readRegularFile } from './read-regular-file.js';

export type { FileError, FileOutcome } from './file-outcome.js';
export { toFileError } from './file-outcome.js';

export interface ProcessOptions {
  readonly mode: Mode;
  readonly wrapperImport: string;
  /** Diffs name files relative to this directory. */
  readonly cwd: string;
}

export async function processFile(file: string, options: ProcessOptions): Promise<FileOutcome> {
  let bytes: Buffer;
  try {
    if (options.mode === 'write') await assertNotLinked(file);
    bytes = await readRegularFile(file);
  } catch (error) {
    return failed(file, error);
  }
  const { text, encoding } = decodeText(bytes);
  if (!mayContainRequestSites(text, file)) return { file, status: 'unchanged', rewritten: [], manual: [] };

  let output: string;
  let result: TransformResult;
  try {
    ({ output, result } = transformSource(text, file, options.wrapperImport, encoding.encoding));
  } catch (error) {
    return failed(file, error);
  }
  const base = { file, rewritten: result.rewritten, manual: result.manual };
  if (!result.changed || output === text) return { ...base, status: 'unchanged' };
  if (options.mode === 'dry-run') {
    const name = path.relative(options.cwd, file).split(path.sep).join('/');
    return { ...base, status: 'changed', diff: createTwoFilesPatch(`a/${name}`, `b/${name}`, text, output) };
  }
  if (options.mode === 'write') {
    try {
      await writeFileAtomic(file, encodeText(output, encoding), bytes);
    } catch (error) {
      return { ...failed(file, error), rewritten: result.rewritten, manual: result.manual };
    }
  }
  return { ...base, status: 'changed' };
}

/** Runs the transform pipeline over one file's text in its own lightweight in-memory Project. */
export function transformSource(text: string, file: string, wrapperImport: string, encoding: TextEncoding['encoding'] = 'utf8'): { output: string; result: TransformResult } {
  const crOnly = isCrOnly(text);
  const project = new Project({ useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true, compilerOptions: { allowJs: true } });
  const sourceFile = project.createSourceFile(inMemoryPath(file), crOnly ? crToLf(text) : text, { overwrite: true });
  const result = runTransforms(sourceFile, { filename: file, wrapperImport, asciiOnly: encoding === 'latin1' });
  if (!result.changed) return { output: text, result };
  return { output: crOnly ? lfToCr(result.text) : result.text, result };
}

/** ts-morph's in-memory file system wants POSIX paths; the extension decides TS vs JS vs JSX parsing. */
function inMemoryPath(file: string): string {
  return `/${path.basename(file)}`;
}

function failed(file: string, error: unknown): FileOutcome {
  return { file, status: 'error', rewritten: [], manual: [], error: toFileError(error) };
}
