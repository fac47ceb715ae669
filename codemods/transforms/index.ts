// The codemod's transform pipeline: every transform runs on the same SourceFile, in order.
import type { SourceFile } from 'ts-morph';
import { sampleAttachmentExport } from './sample-attachment-export.js';
import type { ManualSite, RewrittenSite, TransformContext, TransformResult, Transformer } from './types.js';

export const TRANSFORMS: readonly Transformer[] = [sampleAttachmentExport];

/** Runs each transform on the text the previous one produced (a fresh SourceFile in the same Project). */
export function runTransforms(sourceFile: SourceFile, context: TransformContext, transforms: readonly Transformer[] = TRANSFORMS): TransformResult {
  let current = sourceFile;
  let changed = false;
  const rewritten: RewrittenSite[] = [];
  const manual: ManualSite[] = [];
  for (const transform of transforms) {
    const result = transform(current, context);
    rewritten.push(...result.rewritten);
    manual.push(...result.manual);
    if (!result.changed) continue;
    changed = true;
    current = current.getProject().createSourceFile(current.getFilePath(), result.text, { overwrite: true });
  }
  return { changed, text: current.getFullText(), rewritten, manual };
}

export type { ManualSite, RewrittenSite, TransformContext, TransformResult, Transformer } from './types.js';
