// Can an expression written elsewhere in the file be copied to the request site and mean the same
// thing there? Every name it reads must resolve to the same variable at the site, that variable
// must not be reassigned, and reading it must have no side effects.
import type { Scope, ScopeManager, Variable } from '@typescript-eslint/scope-manager';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { hasSideEffects, isWithin, unwrapExpression } from './ast.js';
import { manual } from './manual.js';

export interface SiteScope {
  readonly scopeManager: ScopeManager | null;
  /** Range that the replacement replaces: expressions inside it are evaluated where they were. */
  readonly range: readonly [number, number];
  /** The site node, for looking names up from its position. */
  readonly node: TSESTree.Node;
}

/** Throws a manual-migration reason unless `node` can be copied into the replacement as written. */
export function assertCopyable(node: TSESTree.Node, what: string, site: SiteScope, sourceText: string): void {
  if (isWithin(node, site.range)) return;
  const text = sourceText.slice(node.range[0], node.range[1]);
  if (!site.scopeManager) manual(`${what} \`${text}\` is written outside the call and no scope analysis is available`);
  if (hasSideEffects(node)) manual(`${what} \`${text}\` is computed elsewhere with side effects`);
  const siteScope = getInnermostScope(site.scopeManager, site.node);
  for (const reference of referencesWithin(site.scopeManager, node)) {
    const name = reference.identifier.name;
    const resolved = declared(reference.resolved);
    const atSite = lookUp(siteScope, name);
    if (resolved !== atSite) manual(`${what} \`${text}\` refers to \`${name}\`, which is not in scope at the request`);
    if (resolved && isReassigned(resolved)) manual(`${what} \`${text}\` reads \`${name}\`, which is reassigned`);
  }
}

/** The object literal a `const` identifier is initialised with (in this file, never reassigned), or undefined. */
export function getConstInitializer(node: TSESTree.Node, scopeManager: ScopeManager | null): TSESTree.Expression | undefined {
  const inner = unwrapExpression(node);
  if (inner.type !== AST_NODE_TYPES.Identifier || !scopeManager) return undefined;
  const variable = resolveIdentifier(scopeManager, inner);
  if (!variable || isReassigned(variable)) return undefined;
  const definition = variable.defs[0];
  if (variable.defs.length !== 1 || !definition || definition.node.type !== AST_NODE_TYPES.VariableDeclarator) return undefined;
  const declarator = definition.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return undefined;
  if (declarator.parent.type === AST_NODE_TYPES.VariableDeclaration && declarator.parent.kind !== 'const') return undefined;
  return declarator.init;
}

export function resolveIdentifier(scopeManager: ScopeManager, identifier: TSESTree.Identifier): Variable | null {
  for (const scope of scopeManager.scopes) {
    for (const reference of scope.references) {
      if (reference.identifier === identifier) return reference.resolved;
    }
  }
  return lookUp(getInnermostScope(scopeManager, identifier), identifier.name);
}

/** Every reference (read) to the variable, for checks such as "is `api.interceptors` used". */
export function getVariableReferences(variable: Variable): readonly TSESTree.Identifier[] {
  return variable.references.map((reference) => reference.identifier as TSESTree.Identifier);
}

export function isReassigned(variable: Variable): boolean {
  return variable.references.some((reference) => reference.isWrite() && !reference.init);
}

export function getInnermostScope(scopeManager: ScopeManager, node: TSESTree.Node): Scope {
  let best: Scope | null = null;
  for (const scope of scopeManager.scopes) {
    const block = scope.block;
    if (block.range[0] <= node.range[0] && node.range[1] <= block.range[1]) {
      if (!best || block.range[1] - block.range[0] <= best.block.range[1] - best.block.range[0]) best = scope;
    }
  }
  const fallback = scopeManager.globalScope;
  if (!best && !fallback) throw new Error('scope manager has no global scope');
  return (best ?? fallback) as Scope;
}

function lookUp(scope: Scope | null, name: string): Variable | null {
  for (let current = scope; current; current = current.upper) {
    const variable = current.set.get(name);
    if (variable) return declared(variable);
  }
  return null;
}

/** Globals (lib or implicit) count as "no variable": they are the same everywhere in the file. */
function declared(variable: Variable | null): Variable | null {
  return variable && variable.defs.length > 0 ? variable : null;
}

function referencesWithin(scopeManager: ScopeManager, node: TSESTree.Node) {
  const found = [];
  for (const scope of scopeManager.scopes) {
    for (const reference of scope.references) {
      if (isWithin(reference.identifier, node.range)) found.push(reference);
    }
  }
  return found;
}
