// Rewrites every call of the deprecated sample-attachment export to the drop-in wrapper call whose
// result has the same shape, or marks the statement for a human. Matching is the shared matcher's
// job and the per-site rewrite the shared planner's; this transform only applies their answers.
import { DefinitionType, type Scope, type ScopeManager } from '@typescript-eslint/scope-manager';
import { AST_NODE_TYPES, TSError, type TSESTree } from '@typescript-eslint/typescript-estree';
import { SAMPLE_ATTACHMENT_EXPORT } from 'workiva-sunset/catalog';
import type { SourceFile } from 'ts-morph';
import { findRequestSites, findUnsentPaths, mayContainRequestSites, parseForMatcher, getSiteLocation, type UnsentPath } from '../../src/matcher/index.js';
import type { RequestSite } from '../../src/matcher/types.js';
import { ROUTING_PACKAGE } from '../../src/rewrite/routing.js';
import { detectEol, getEnclosingStatement, getInnermostScope, isMigratableSite, planRewrite, type RewritePlan } from '../../src/rewrite/index.js';
import { importEdit } from './imports.js';
import { removeLeftovers, type LeftoverInput } from './leftovers.js';
import { getCommentsInRange } from './kept-comments.js';
import { hasMarkerBefore, linesBeforeEdit, markerEdit, staleMarkerEdit } from './markers.js';
import { getSyntaxErrors } from './syntax-errors.js';
import { applyTextEdits, type TextEdit } from './text-edits.js';
import { noChange, type ManualSite, type RewrittenSite, type Transformer } from './types.js';

export class TransformOutputError extends Error {
  override readonly name = 'TransformOutputError';
  readonly code = 'TRANSFORM_OUTPUT_UNPARSABLE';
  constructor(
    readonly file: string,
    readonly diagnostics: readonly string[],
  ) {
    super(`The rewrite of ${file} would not parse (${diagnostics.join('; ')}); the file was left unchanged`);
  }
}

export const sampleAttachmentExport: Transformer = (sourceFile, context) => {
  const text = sourceFile.getFullText();
  const filename = context.filename;
  if (!mayContainRequestSites(text, filename)) return noChange(sourceFile);
  const { program, scopeManager } = parseForMatcher(text, filename);
  const matcherContext = { sourceText: text, scopeManager, options: { filename } };
  const sites = findRequestSites(program, matcherContext).filter(isMigratableSite);
  const unsent = findUnsentPaths(program, matcherContext).filter((path) => path.match.entry.wrapper !== null && path.match.entry.wrapper === SAMPLE_ATTACHMENT_EXPORT.wrapper);
  if (sites.length === 0 && unsent.length === 0) return noChange(sourceFile);

  const eol = detectEol(text);
  const edits: TextEdit[] = [];
  const kept = new Set<TextEdit>();
  const rewritten: RewrittenSite[] = [];
  const manual: ManualSite[] = [];
  const imports: { wrapper: string[]; routing: string[] } = { wrapper: [], routing: [] };
  const specifiers = { wrapper: context.wrapperImport, routing: ROUTING_PACKAGE };
  const pendingMarkers = new Map<number, string[]>();
  // One marker per statement, listing every reason; one already there is kept, not written twice.
  const markForPerson = (statementStart: number, site: Omit<ManualSite, 'markerAdded'>): void => {
    const already = hasMarkerBefore(text, statementStart);
    manual.push({ ...site, markerAdded: !already });
    if (!already) pendingMarkers.set(statementStart, [...(pendingMarkers.get(statementStart) ?? []), site.reason]);
  };

  for (const { site, plan: planned } of planSites(sites, text, scopeManager, filename)) {
    const plan = withNameCheck(planned, site, scopeManager, specifiers);
    const { start } = getSiteLocation(site.node);
    const at = { line: start.line, column: start.column, entry: site.match.entry.id, client: site.client };
    if (plan.kind === 'rewrite') {
      const edit = { start: plan.range[0], end: plan.range[1], text: plan.replacement };
      edits.push(edit);
      kept.add(edit);
      if (plan.linesBefore) {
        const hoistEdit = linesBeforeEdit(text, getEnclosingStatement(site.node).range[0], plan.linesBefore, eol);
        edits.push(hoistEdit);
        kept.add(hoistEdit);
      }
      const comments = getCommentsInRange(sourceFile, plan.range[0], plan.range[1]).filter((comment) => !plan.replacement.includes(comment));
      if (comments.length > 0) {
        const commentEdit = linesBeforeEdit(text, getEnclosingStatement(site.node).range[0], comments, eol);
        edits.push(commentEdit);
        kept.add(commentEdit);
      }
      const stale = staleMarkerEdit(text, getEnclosingStatement(site.node).range[0]);
      if (stale && !edits.some((other) => other.start === stale.start)) {
        edits.push(stale);
        kept.add(stale);
      }
      imports[plan.from].push(plan.wrapperImport);
      rewritten.push({ ...at, wrapper: plan.wrapperImport, ...(plan.routedBecause === undefined ? {} : { routedBecause: plan.routedBecause }) });
      continue;
    }
    markForPerson(getEnclosingStatement(site.node).range[0], { ...at, reason: plan.reason });
  }
  for (const path of unsent) {
    const { line, column } = path.node.loc.start;
    markForPerson(getEnclosingDeclaration(path.node).range[0], { line, column, entry: path.match.entry.id, client: 'unidentified', reason: unsentReason(path) });
  }
  for (const [offset, reasons] of pendingMarkers) {
    const edit = markerEdit(text, offset, reasons, eol, context.asciiOnly);
    edits.push(edit);
    kept.add(edit);
  }
  for (const from of ['wrapper', 'routing'] as const) {
    const importChange = importEdit(sourceFile, specifiers[from], imports[from], eol);
    if (importChange) edits.push(importChange);
  }
  if (edits.length === 0) return { changed: false, text, rewritten, manual };

  const rewrittenText = applyTextEdits(text, edits);
  const output = rewritten.length === 0 ? rewrittenText : withoutLeftovers({ before: { text, scopeManager }, edits, protectedEdits: kept, after: rewrittenText, filename, keepImportsFrom: context.wrapperImport });
  assertParses(sourceFile, output, filename);
  return { changed: output !== text, text: output, rewritten, manual };
};

/** Why a path whose sender the matcher did not identify is left to a person. */
function unsentReason(path: UnsentPath): string {
  return `this builds the deprecated path, handed on as ${path.leavesAs}; the call that sends it was not identified: migrate that call`;
}

/** The innermost statement or class member holding a node: where a marker for it goes. */
function getEnclosingDeclaration(node: TSESTree.Node): TSESTree.Node {
  const statement = getEnclosingStatement(node);
  for (let current = node; current.parent && current !== statement; current = current.parent) {
    if (current.parent.type === AST_NODE_TYPES.ClassBody) return current;
  }
  return statement;
}

/** Plans every site; a site nested in another's replaced range is left to the outer one. */
function planSites(sites: readonly RequestSite[], text: string, scopeManager: ScopeManager, filename: string): { site: RequestSite; plan: RewritePlan }[] {
  const ordered = [...sites].sort((a, b) => a.node.range[0] - b.node.range[0] || b.node.range[1] - a.node.range[1]);
  const planned: { site: RequestSite; plan: RewritePlan }[] = [];
  let coveredUntil = -1;
  for (const site of ordered) {
    if (site.node.range[0] < coveredUntil) continue;
    const plan = planRewrite(site, text, { scopeManager, filename });
    if (plan.kind === 'rewrite') coveredUntil = plan.range[1];
    planned.push({ site, plan });
  }
  return planned;
}

/** The drop-in's name must reach the wrapper import at the site, not a local variable of the same name. */
function withNameCheck(plan: RewritePlan, site: RequestSite, scopeManager: ScopeManager, specifiers: Readonly<Record<'wrapper' | 'routing', string>>): RewritePlan {
  if (plan.kind !== 'rewrite') return plan;
  const specifier = specifiers[plan.from];
  for (let scope: Scope | null = getInnermostScope(scopeManager, site.node); scope; scope = scope.upper) {
    const variable = scope.set.get(plan.wrapperImport);
    if (!variable || variable.defs.length === 0) continue;
    const isWrapperImport = variable.defs.every(
      (definition) => definition.type === DefinitionType.ImportBinding && definition.parent.type === AST_NODE_TYPES.ImportDeclaration && definition.parent.source.value === specifier,
    );
    return isWrapperImport ? plan : { kind: 'manual', reason: `\`${plan.wrapperImport}\` is already declared in this file as something else` };
  }
  return plan;
}

/** Removes what the drop-ins left unused; a rewrite that the cleanup cannot even parse is refused like any unparsable one. */
function withoutLeftovers(input: LeftoverInput): string {
  try {
    return removeLeftovers(input);
  } catch (error) {
    if (error instanceof TSError) throw new TransformOutputError(input.filename, [`${error.lineNumber}: ${error.message}`]);
    throw error;
  }
}

/** A rewrite that does not parse is a bug in the codemod: refuse it rather than write it. */
function assertParses(sourceFile: SourceFile, output: string, filename: string): void {
  const diagnostics = getSyntaxErrors(output, sourceFile.getExtension() || '.ts');
  if (diagnostics.length > 0) throw new TransformOutputError(filename, diagnostics);
}
