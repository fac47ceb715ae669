// A routed call moves into an arrow function (`withExportRouting(() => call)`), and TypeScript does
// not carry an `if`'s narrowing of a property into a closure: `if (msg.apiVersion) { … fetch(…,
// msg.apiVersion) }` type-checks, the same read inside the arrow is `string | undefined` again.
// Property reads of the call that an enclosing guard narrows are read once into a `const` just before
// the statement (inside the guard, so the const has the narrowed type), and the call uses the const.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { isFunctionNode } from '../matcher/ast.js';
import { escapeRegExp } from '../matcher/escape-regexp.js';
import { getEnclosingStatement, visit } from './ast.js';

export interface NarrowedReads {
  /** `const apiVersion = msg.apiVersion;` for each narrowed read, to insert before the statement. */
  readonly declarations: readonly string[];
  /** The call's text with those reads replaced by the consts. */
  readonly text: string;
}

/** Null when the call reads no property an enclosing guard narrows (or the statement cannot take a line before it). */
export function hoistNarrowedReads(sent: TSESTree.Node, sourceText: string): NarrowedReads | null {
  const statement = getEnclosingStatement(sent);
  const guards = getGuardTexts(statement, sourceText);
  if (guards.length === 0) return null;
  const reads = getPropertyReads(sent).filter((read) => guards.some((guard) => mentions(guard, sourceText.slice(read.range[0], read.range[1]))));
  if (reads.length === 0) return null;
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const read of reads) {
    const expression = sourceText.slice(read.range[0], read.range[1]);
    if (!names.has(expression)) names.set(expression, chooseName(read, sourceText, taken));
  }
  let text = '';
  let cursor = sent.range[0];
  for (const read of [...reads].sort((left, right) => left.range[0] - right.range[0])) {
    text += sourceText.slice(cursor, read.range[0]) + names.get(sourceText.slice(read.range[0], read.range[1]));
    cursor = read.range[1];
  }
  text += sourceText.slice(cursor, sent.range[1]);
  return { declarations: [...names].map(([expression, name]) => `const ${name} = ${expression};`), text };
}

/**
 * The tests that narrow at `statement`: of each enclosing `if` it sits in, and of each earlier `if` in
 * an enclosing block that always leaves (`if (!msg.v) return;`), up to the enclosing function.
 */
function getGuardTexts(statement: TSESTree.Node, sourceText: string): string[] {
  const guards: string[] = [];
  for (let current: TSESTree.Node = statement; current.parent && !isFunctionNode(current); current = current.parent) {
    const parent: TSESTree.Node = current.parent;
    if (parent.type === AST_NODE_TYPES.IfStatement && parent.test !== current) guards.push(sourceText.slice(parent.test.range[0], parent.test.range[1]));
    if (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program) {
      for (const sibling of parent.body) {
        if (sibling.range[0] >= current.range[0]) break;
        if (sibling.type === AST_NODE_TYPES.IfStatement && alwaysLeaves(sibling.consequent)) guards.push(sourceText.slice(sibling.test.range[0], sibling.test.range[1]));
      }
    }
  }
  return guards;
}

function alwaysLeaves(node: TSESTree.Statement): boolean {
  if (node.type === AST_NODE_TYPES.ReturnStatement || node.type === AST_NODE_TYPES.ThrowStatement || node.type === AST_NODE_TYPES.ContinueStatement || node.type === AST_NODE_TYPES.BreakStatement) return true;
  const last = node.type === AST_NODE_TYPES.BlockStatement ? node.body.at(-1) : undefined;
  return last !== undefined && alwaysLeaves(last);
}

/** `a.b`, `this.c.d` read (not called, not assigned) in the call's arguments, outermost only. */
function getPropertyReads(sent: TSESTree.Node): TSESTree.MemberExpression[] {
  const reads: TSESTree.MemberExpression[] = [];
  const args = sent.type === AST_NODE_TYPES.CallExpression || sent.type === AST_NODE_TYPES.NewExpression ? sent.arguments : [];
  for (const argument of args) {
    visit(argument, (node) => {
      if (isFunctionNode(node)) return false;
      if (node.type !== AST_NODE_TYPES.MemberExpression || !isPlainRead(node)) return true;
      reads.push(node);
      return false;
    });
  }
  return reads;
}

function isPlainRead(node: TSESTree.MemberExpression): boolean {
  let root: TSESTree.Node = node;
  while (root.type === AST_NODE_TYPES.MemberExpression) {
    if (root.computed || root.optional) return false;
    root = root.object;
  }
  const parent = node.parent;
  const called = parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === node;
  const assigned = parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node;
  return (root.type === AST_NODE_TYPES.Identifier || root.type === AST_NODE_TYPES.ThisExpression) && !called && !assigned;
}

/** Whether the guard's text reads the expression (or a longer path through it: `msg.a.b` narrows `msg.a`). */
function mentions(guard: string, expression: string): boolean {
  const escaped = escapeRegExp(expression).replace(/\\\./g, '\\s*\\??\\.\\s*');
  return new RegExp(`(?<![\\w$.])${escaped}(?![\\w$])`).test(guard);
}

/** The property's own name, else one made unique in the file: the const must not shadow anything. */
function chooseName(read: TSESTree.MemberExpression, sourceText: string, taken: Set<string>): string {
  const property = read.property.type === AST_NODE_TYPES.Identifier ? read.property.name : 'value';
  const root = read.object.type === AST_NODE_TYPES.Identifier ? read.object.name : 'own';
  const capitalised = property.charAt(0).toUpperCase() + property.slice(1);
  const candidates = [property, `${root}${capitalised}`, `narrowed${capitalised}`];
  for (let index = 2; ; index++) {
    const name = candidates.shift() ?? `narrowed${capitalised}${index}`;
    if (!taken.has(name) && !new RegExp(`(?<![\\w$])${name}(?![\\w$])`).test(sourceText)) {
      taken.add(name);
      return name;
    }
  }
}
