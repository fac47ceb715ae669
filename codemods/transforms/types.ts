// The one signature every transform shares (shadcn-style): it receives a ts-morph SourceFile,
// edits it in place, and reports what it did. The runner chains transforms as a pipeline.
import type { SourceFile } from 'ts-morph';
import type { ClientKind } from '../../src/matcher/types.js';

export interface TransformContext {
  /** Absolute path of the file (the matcher resolves sibling modules relative to it). */
  readonly filename: string;
  /** Module specifier the drop-ins are imported from (`--wrapper-import`, default `workiva-sunset`). */
  readonly wrapperImport: string;
  /**
   * The file is not UTF-8 (it is kept as latin1 bytes): text the codemod writes must be ASCII, since
   * `—` or `…` have no latin1 byte and would be written as control characters.
   */
  readonly asciiOnly?: boolean;
}

export interface RewrittenSite {
  readonly line: number;
  readonly column: number;
  readonly entry: string;
  readonly client: ClientKind;
  /** The drop-in the site now calls, or `withExportRouting` around the call as written. */
  readonly wrapper: string;
  /** Set when the call was kept inside withExportRouting: why no drop-in could replace it. */
  readonly routedBecause?: string;
}

export interface ManualSite {
  readonly line: number;
  readonly column: number;
  readonly entry: string;
  readonly client: ClientKind;
  readonly reason: string;
  /** False when the marker comment was already there. */
  readonly markerAdded: boolean;
}

export interface TransformResult {
  readonly changed: boolean;
  /** The file's text after the transform (the input text when nothing changed). */
  readonly text: string;
  readonly rewritten: readonly RewrittenSite[];
  readonly manual: readonly ManualSite[];
}

/**
 * A transform reads the SourceFile and returns the new text rather than editing the SourceFile:
 * ts-morph's manipulation API rewrites line endings, and the codemod must keep them byte for byte.
 */
export type Transformer = (sourceFile: SourceFile, context: TransformContext) => TransformResult;

export function noChange(sourceFile: SourceFile): TransformResult {
  return { changed: false, text: sourceFile.getFullText(), rewritten: [], manual: [] };
}
