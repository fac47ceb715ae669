// After the drop-ins have replaced the calls, values that only those calls read (a `const url`, a
// `headers` object, a URL helper, an import) are left unused: a new error under `noUnusedLocals` and
// `no-unused-vars`. This removes them — only what the rewrite made unused (never what the team had
// already left unused), only where removing it cannot change behaviour — until nothing more is.
import { analyze, DefinitionType, type ScopeManager, type Variable } from '@typescript-eslint/scope-manager';
import { AST_NODE_TYPES, parse, type TSESTree } from '@typescript-eslint/typescript-estree';
import { setParentPointers } from '../../src/matcher/index.js';
import { importSpecifierRemovals, listItemRemovals, statementRemoval, toEdits } from './removal-ranges.js';
import { isSideEffectFree } from './side-effect-free.js';
import { applyTextEdits, mapOffset, outputRanges, type TextEdit } from './text-edits.js';

type Range = readonly [number, number];

export interface LeftoverInput {
  /** The file before the rewrite, as the matcher analysed it. */
  readonly before: { readonly text: string; readonly scopeManager: ScopeManager };
  /** Every edit the rewrite applied to `before.text`, and the ones (drop-ins, markers) nothing may be removed from. */
  readonly edits: readonly TextEdit[];
  readonly protectedEdits: ReadonlySet<TextEdit>;
  /** The text after those edits. */
  readonly after: string;
  readonly filename: string;
  /** Imports from this module (the wrapper) are never removed: the drop-ins use them. */
  readonly keepImportsFrom: string;
}

/** A declaration that may be removed: the variable, the node that goes with it, and the statement holding it. */
interface Leftover {
  readonly variable: Variable;
  /** Declarator, function declaration or import specifier. */
  readonly owner: TSESTree.Node;
  readonly statement: TSESTree.VariableDeclaration | TSESTree.FunctionDeclaration | TSESTree.ImportDeclaration;
}

/** The text after the rewrite without the declarations it made unused (unchanged when there are none). */
export function removeLeftovers(input: LeftoverInput): string {
  const usedBefore = getUsedBeforeKeys(input);
  const program = parseWithComments(input.after, input.filename);
  const scopeManager = analyze(program, { sourceType: 'module', jsxPragma: null, lib: ['es2022'] });
  const ranges = outputRanges(input.edits);
  const fixed = input.edits.flatMap((edit, index) => (input.protectedEdits.has(edit) ? [ranges[index] as Range] : []));
  const candidates = getLeftovers(scopeManager, input.keepImportsFrom).filter(
    (leftover) => usedBefore.has(keyOf(leftover.variable, leftover.variable.defs[0]?.name.range[0])) && !fixed.some((range) => overlaps(range, leftover.statement.range)) && isRemovableShape(leftover, scopeManager),
  );
  const removed = findUnreferenced(candidates);
  if (removed.length === 0) return input.after;
  return applyTextEdits(input.after, toEdits(input.after, removalRanges(input.after, removed, program.comments ?? [])));
}

/** Declarations that some code read before the rewrite, keyed by their name's offset in the text after it. */
function getUsedBeforeKeys(input: LeftoverInput): Set<string> {
  const keys = new Set<string>();
  for (const leftover of getLeftovers(input.before.scopeManager, input.keepImportsFrom)) {
    if (!hasLiveReferences(leftover, [])) continue;
    const offset = mapOffset(input.edits, leftover.variable.defs[0]?.name.range[0] ?? -1);
    if (offset !== undefined) keys.add(keyOf(leftover.variable, offset));
  }
  return keys;
}

function keyOf(variable: Variable, offset: number | undefined): string {
  return `${offset ?? -1}:${variable.name}`;
}

/** Repeatedly takes the candidates nothing outside already-removed code reads (a helper used only by a removed const). */
function findUnreferenced(candidates: readonly Leftover[]): Leftover[] {
  const removed: Leftover[] = [];
  let changed = true;
  while (changed) {
    changed = false;
    for (const candidate of candidates) {
      if (removed.includes(candidate)) continue;
      if (hasLiveReferences(candidate, removed.map((leftover) => leftover.owner.range))) continue;
      removed.push(candidate);
      changed = true;
    }
  }
  return removed;
}

/** Whether anything reads it besides its own initialisation, its own body, and code being removed. */
function hasLiveReferences(leftover: Leftover, removedRanges: readonly Range[]): boolean {
  return leftover.variable.references.some((reference) => {
    if (reference.init) return false;
    const at = reference.identifier.range;
    return !within(at, leftover.owner.range) && !removedRanges.some((range) => within(at, range));
  });
}

/** Every declaration of the three removable kinds (a variable, a function, an import), whatever its shape. */
function getLeftovers(scopeManager: ScopeManager, keepImportsFrom: string): Leftover[] {
  const leftovers: Leftover[] = [];
  for (const scope of scopeManager.scopes) {
    for (const variable of scope.variables) {
      const definition = variable.defs[0];
      if (variable.defs.length !== 1 || !definition) continue;
      const node = definition.node;
      if (definition.type === DefinitionType.Variable && node.type === AST_NODE_TYPES.VariableDeclarator && node.parent.type === AST_NODE_TYPES.VariableDeclaration) {
        leftovers.push({ variable, owner: node, statement: node.parent });
      } else if (definition.type === DefinitionType.FunctionName && node.type === AST_NODE_TYPES.FunctionDeclaration) {
        leftovers.push({ variable, owner: node, statement: node });
      } else if (definition.type === DefinitionType.ImportBinding && definition.parent.type === AST_NODE_TYPES.ImportDeclaration && definition.parent.source.value !== keepImportsFrom) {
        leftovers.push({ variable, owner: node, statement: definition.parent });
      }
    }
  }
  return leftovers;
}

/** Statement lists a declaration may be removed from (not `export …`, a `for` head, or a namespace). */
const STATEMENT_LISTS = new Set<string>([AST_NODE_TYPES.Program, AST_NODE_TYPES.BlockStatement, AST_NODE_TYPES.StaticBlock, AST_NODE_TYPES.SwitchCase]);

/**
 * A `const` (or a `let` never assigned again) of a plain name with a side-effect-free initialiser, a
 * function declaration, or an import specifier — and not exported or ambient.
 */
function isRemovableShape(leftover: Leftover, scopeManager: ScopeManager): boolean {
  const { statement, owner, variable } = leftover;
  if (!statement.parent || !STATEMENT_LISTS.has(statement.parent.type)) return false;
  if (statement.type === AST_NODE_TYPES.ImportDeclaration) return true;
  if (statement.type === AST_NODE_TYPES.FunctionDeclaration) return !statement.declare;
  if (owner.type !== AST_NODE_TYPES.VariableDeclarator || owner.id.type !== AST_NODE_TYPES.Identifier || !owner.init || statement.declare) return false;
  const isSingleAssignment = statement.kind === 'const' || (statement.kind === 'let' && variable.references.every((reference) => !reference.isWrite() || reference.init));
  return isSingleAssignment && isSideEffectFree(owner.init, scopeManager);
}

/** Whole statements when all they declare goes, otherwise the removed declarators or specifiers. */
function removalRanges(text: string, removed: readonly Leftover[], comments: readonly TSESTree.Comment[]): Range[] {
  const owners = new Set(removed.map((leftover) => leftover.owner));
  const statements = new Set(removed.map((leftover) => leftover.statement));
  const ranges: Range[] = [];
  for (const statement of statements) {
    if (statement.type === AST_NODE_TYPES.FunctionDeclaration) ranges.push(statementRemoval(text, statement, comments));
    else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      if (statement.declarations.every((declarator) => owners.has(declarator))) ranges.push(statementRemoval(text, statement, comments));
      else ranges.push(...listItemRemovals(statement.declarations, owners));
    } else if (statement.specifiers.every((specifier) => owners.has(specifier))) {
      ranges.push(statementRemoval(text, statement, comments));
    } else {
      ranges.push(...importSpecifierRemovals(text, statement, owners));
    }
  }
  return ranges;
}

/** The rewritten text, parsed as the matcher parses files but with comments (they go with what they describe). */
function parseWithComments(text: string, filename: string): TSESTree.Program {
  const program = parse(text, { range: true, loc: true, comment: true, jsx: !/\.[cm]?ts$/i.test(filename), filePath: filename });
  setParentPointers(program);
  return program;
}

function within(inner: Range, outer: Range): boolean {
  return inner[0] >= outer[0] && inner[1] <= outer[1];
}

function overlaps(a: Range, b: Range): boolean {
  return a[0] < b[1] && b[0] < a[1];
}
