// What a name is bound to: a const or single-assignment let, a function, an enum, an import (a
// library, or an export of a sibling module, parsed lazily and only when it may matter).
import type { Variable } from '@typescript-eslint/scope-manager';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { getImportedName, getStaticKeyName, isFunctionNode } from './ast.js';
import { getLibraryForSpecifier } from './libraries.js';
import type { ModuleContext } from './module-context.js';
import { findExport, loadSiblingModule, type ExportTarget } from './module-exports.js';
import { evaluate, memberOf } from './resolve-expression.js';
import { resolveLocalModule } from './sibling-files.js';
import { EMPTY_BINDINGS, UNKNOWN, type Value } from './values.js';

export function variableValue(variable: Variable, ctx: ModuleContext, depth: number): Value {
  const definitions = variable.defs;
  const functionDefinition = definitions.find((def) => def.type === 'FunctionName' && isFunctionNode(def.node) && def.node.body);
  if (functionDefinition && isFunctionNode(functionDefinition.node)) return { kind: 'function', node: functionDefinition.node, ctx, env: EMPTY_BINDINGS };
  const definition = definitions.length === 1 ? definitions[0] : undefined;
  if (!definition) return UNKNOWN;
  switch (definition.type) {
    case 'Variable':
      return declaredVariableValue(variable, definition.node, definition.name, ctx, depth);
    case 'ImportBinding':
      if (definition.node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
        // import axios = require('axios')
        const reference = definition.node.moduleReference;
        return reference.type === AST_NODE_TYPES.TSExternalModuleReference ? moduleValue(reference.expression.value, ctx) : UNKNOWN;
      }
      if (definition.parent.type !== AST_NODE_TYPES.ImportDeclaration) return UNKNOWN;
      return importValue(definition.node, definition.parent, ctx, depth);
    case 'ClassName':
      return definition.node.type === AST_NODE_TYPES.ClassDeclaration ? { kind: 'class', node: definition.node, ctx } : UNKNOWN;
    case 'TSEnumName':
      return definition.node.type === AST_NODE_TYPES.TSEnumDeclaration ? { kind: 'enum', node: definition.node, ctx } : UNKNOWN;
    default:
      return UNKNOWN;
  }
}

function declaredVariableValue(
  variable: Variable,
  declarator: TSESTree.VariableDeclarator,
  name: TSESTree.Node,
  ctx: ModuleContext,
  depth: number,
): Value {
  const declaration = declarator.parent;
  const isConst = declaration.type === AST_NODE_TYPES.VariableDeclaration && (declaration.kind === 'const' || declaration.kind === 'using');
  if (declarator.id === name) {
    if (isConst) return declarator.init ? evaluate(declarator.init, ctx, EMPTY_BINDINGS, depth + 1) : UNKNOWN;
    const writes = variable.references.filter((reference) => reference.isWrite());
    const write = writes.length === 1 ? writes[0] : undefined;
    if (!write?.writeExpr) return UNKNOWN;
    const parent = write.identifier.parent;
    const isPlainWrite = parent === declarator || (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === '=' && parent.left === write.identifier);
    return isPlainWrite ? evaluate(write.writeExpr, ctx, EMPTY_BINDINGS, depth + 1) : UNKNOWN;
  }
  // `const { BASE } = config` / `const { request } = require('undici')`: one level of destructuring.
  const property = name.parent;
  if (!isConst || !declarator.init || property?.type !== AST_NODE_TYPES.Property || property.value !== name) return UNKNOWN;
  if (property.parent !== declarator.id) return UNKNOWN;
  const key = getStaticKeyName(property.key, property.computed);
  return key === undefined ? UNKNOWN : memberOf(evaluate(declarator.init, ctx, EMPTY_BINDINGS, depth + 1), key, depth);
}

function importValue(specifier: TSESTree.Node, declaration: TSESTree.ImportDeclaration, ctx: ModuleContext, depth: number): Value {
  const source = declaration.source.value;
  let imported: string | null;
  if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) imported = null;
  else if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) imported = 'default';
  else if (specifier.type === AST_NODE_TYPES.ImportSpecifier)
    imported = getImportedName(specifier);
  else return UNKNOWN;
  const module = moduleValue(source, ctx);
  return imported === null ? module : memberOf(module, imported, depth);
}

/** `require(x)` / `import * as x`: a library, a sibling module's namespace, or unknown. */
export function moduleValue(specifier: string, ctx: ModuleContext): Value {
  const library = getLibraryForSpecifier(specifier);
  if (library) return { kind: 'library', library, path: [] };
  const file = resolveLocalModule(ctx.file, specifier);
  return file ? { kind: 'namespace', file } : UNKNOWN;
}

export function exportValue(file: string, name: string, depth: number, force = false): Value {
  const module = loadSiblingModule(file, force);
  if (!module) return force ? UNKNOWN : { kind: 'unloaded-export', file, name };
  const cached = module.exports.get(name);
  if (cached) return cached;
  module.exports.set(name, UNKNOWN);
  const target = findExport(module, name, force);
  const value = target ? exportTargetValue(target, depth + 1) : UNKNOWN;
  module.exports.set(name, value);
  return value;
}

function exportTargetValue(target: ExportTarget, depth: number): Value {
  switch (target.kind) {
    case 'namespace':
      return { kind: 'namespace', file: target.module.file };
    case 'variable':
      return variableValue(target.variable, target.module, depth);
    case 'expression':
      return evaluate(target.node, target.module, EMPTY_BINDINGS, depth);
  }
}
