// The per-site rewrite plan shared by the codemod (applies it) and the lint rule (offers it as a
// suggestion). Pure data: no ts-morph, no file system.
import type { ScopeManager } from '@typescript-eslint/scope-manager';

export type RewritePlan =
  | {
      readonly kind: 'rewrite';
      /** Source range replaced, [start, end) offsets into the analysed text (usually `site.node.range`). */
      readonly range: readonly [number, number];
      /** The drop-in call that replaces `range`. */
      readonly replacement: string;
      /** Named export the replacement calls. */
      readonly wrapperImport: string;
      /**
       * Which package it comes from: `wrapper` (workiva-sunset: a drop-in that performs the export) or
       * `routing` (@workiva-sunset/safety-net: `withExportRouting(() => <the call as written>)`).
       */
      readonly from: 'wrapper' | 'routing';
      /** For a routed call: why no drop-in could replace it (the call is kept as written instead). */
      readonly routedBecause?: string;
      /** Statements to insert before the enclosing statement (narrowed reads, narrowed-reads.ts). */
      readonly linesBefore?: readonly string[];
    }
  | {
      readonly kind: 'manual';
      /** Why the site cannot be migrated automatically; ends up in the marker comment and the report. */
      readonly reason: string;
    };

export interface PlanRewriteOptions {
  /** The file's scope analysis; without it, values defined outside the call are not carried over. */
  readonly scopeManager: ScopeManager | null;
  /** Absolute path of the analysed file (as given to the matcher). */
  readonly filename?: string;
  /** Line break used in multi-line replacements; detected from the text when absent. */
  readonly eol?: string;
  /** Longest line the replacement may produce before it is split over several lines (default 100). */
  readonly printWidth?: number;
}
