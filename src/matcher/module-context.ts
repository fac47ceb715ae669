// One analysed module (the linted file or a sibling it imports): its AST, text, scopes and the
// per-module caches, plus resolving an identifier to its variable through the scope manager.
import { analyze, type ScopeManager, type Variable } from '@typescript-eslint/scope-manager';
import { AST_NODE_TYPES } from '@typescript-eslint/typescript-estree';
import type { ParserServices, TSESTree } from '@typescript-eslint/utils';
import type { SourcePosition } from './types.js';
import type { Value } from './values.js';

export interface ModuleContext {
  /** Absolute path of the module. */
  readonly file: string;
  readonly program: TSESTree.Program;
  readonly sourceText: string;
  /** True for the file being analysed: only its nodes are handed out in results. */
  readonly isMain: boolean;
  readonly parserServices: ParserServices | undefined;
  scopeManager: ScopeManager | null;
  /** identifier → variable, built on first use from every scope's references. */
  references: Map<TSESTree.Node, Variable | null> | null;
  /** Values of expressions evaluated without helper-parameter bindings. */
  readonly values: Map<TSESTree.Node, Value>;
  /** Values of this module's exports, by exported name. */
  readonly exports: Map<string, Value>;
}

export function createModuleContext(options: {
  file: string;
  program: TSESTree.Program;
  sourceText: string;
  isMain: boolean;
  scopeManager: ScopeManager | null;
  parserServices?: ParserServices | undefined;
}): ModuleContext {
  return {
    file: options.file,
    program: options.program,
    sourceText: options.sourceText,
    isMain: options.isMain,
    parserServices: options.parserServices,
    scopeManager: options.scopeManager,
    references: null,
    values: new Map(),
    exports: new Map(),
  };
}

export function getScopeManager(ctx: ModuleContext): ScopeManager {
  ctx.scopeManager ??= analyze(ctx.program, { sourceType: 'module', jsxPragma: null, lib: ['es2022'] });
  return ctx.scopeManager;
}

/**
 * The variable an identifier refers to; null for a global or an undeclared name. Uses the scope
 * manager, so a local `fetch` or a parameter named like a module constant is never confused with it.
 */
export function resolveVariable(ctx: ModuleContext, identifier: TSESTree.Identifier): Variable | null {
  if (!ctx.references) {
    const references = new Map<TSESTree.Node, Variable | null>();
    for (const scope of getScopeManager(ctx).scopes) {
      for (const reference of scope.references) references.set(reference.identifier, reference.resolved);
    }
    ctx.references = references;
  }
  return ctx.references.get(identifier) ?? null;
}

/** A variable of the module scope, by name (for `export { local as name }`). */
export function findModuleVariable(ctx: ModuleContext, name: string): Variable | null {
  const global = getScopeManager(ctx).globalScope;
  if (!global) return null;
  for (const scope of [global, ...global.childScopes]) {
    if (scope.type !== 'module' && scope !== global) continue;
    const variable = scope.set.get(name);
    if (variable) return variable;
  }
  return null;
}

/** Whether a variable is a global (no declaration in the file, or an implicit lib global). */
export function isGlobalVariable(variable: Variable | null): boolean {
  return variable === null || variable.defs.length === 0;
}

export function positionOf(ctx: ModuleContext, node: TSESTree.Node): SourcePosition {
  return { file: ctx.file, line: node.loc.start.line, column: node.loc.start.column };
}

export function textOf(ctx: ModuleContext, node: TSESTree.Node): string {
  return ctx.sourceText.slice(node.range[0], node.range[1]);
}

/** The initialiser of a variable declared once (`const`, or a `let` never reassigned). */
export function getSingleInitializer(variable: Variable | null): TSESTree.Expression | null {
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.node.type !== AST_NODE_TYPES.VariableDeclarator || definition.node.id.type !== AST_NODE_TYPES.Identifier) return null;
  const writes = variable?.references.filter((reference) => reference.isWrite()).length ?? 0;
  return writes <= 1 ? definition.node.init : null;
}
