// What processing one file produced. Kept apart from process-file.ts so that the runner can report
// on files without loading TypeScript and ts-morph (a run with no candidate file never does).
import type { ManualSite, RewrittenSite } from '../transforms/index.js';

export interface FileError {
  readonly code: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export interface FileOutcome {
  readonly file: string;
  readonly status: 'unchanged' | 'changed' | 'error';
  readonly rewritten: readonly RewrittenSite[];
  readonly manual: readonly ManualSite[];
  /** Unified diff of the change (dry-run only). */
  readonly diff?: string;
  readonly error?: FileError;
}

export function toFileError(error: unknown): FileError {
  if (error instanceof Error) {
    const facts = error as Error & { code?: unknown; line?: unknown; column?: unknown };
    return {
      code: typeof facts.code === 'string' ? facts.code : error.name,
      message: error.message,
      ...(typeof facts.line === 'number' ? { line: facts.line } : {}),
      ...(typeof facts.column === 'number' ? { column: facts.column } : {}),
    };
  }
  return { code: 'UNKNOWN', message: String(error) };
}
