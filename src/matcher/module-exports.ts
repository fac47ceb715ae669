// Sibling modules: parsing each one once per process (through the path + mtime cache of
// sibling-files.ts), and finding what an export name is bound to, across re-exports.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import type { Variable } from '@typescript-eslint/scope-manager';
import { getStaticKeyName } from './ast.js';
import { createModuleContext, findModuleVariable, type ModuleContext } from './module-context.js';
import { parseForMatcher } from './parse.js';
import { clearProjectListings } from './project-importers.js';
import { MAX_MODULE_DEPTH, clearSiblingFileCache, getLocalImportSpecifiers, readSiblingFile, resolveLocalModule, siblingMayMatter } from './sibling-files.js';

/**
 * The parsed sibling module, or null when it cannot be read, is not worth parsing (nothing in it or
 * its imports mentions a catalog keyword or an HTTP library, unless `force`), or does not parse —
 * then its imports stay dynamic parts; the error is kept for `getSiblingParseError`.
 */
export function loadSiblingModule(file: string, force = false): ModuleContext | null {
  if (!force && !siblingMayMatter(file)) return null;
  const entry = readSiblingFile(file);
  if (!entry) return null;
  if (entry.parsed === undefined) {
    try {
      const { program, scopeManager } = parseForMatcher(entry.text, file);
      entry.parsed = createModuleContext({ file, program, sourceText: entry.text, isMain: false, scopeManager });
    } catch (error) {
      entry.parsed = null;
      entry.parseError = error instanceof Error ? error : new Error(String(error));
    }
  }
  return entry.parsed as ModuleContext | null;
}

/** Why a sibling module could not be used, if it failed to parse. */
export function getSiblingParseError(file: string): Error | null {
  return readSiblingFile(file)?.parseError ?? null;
}

/** Forgets every sibling file, parse and resolution (for long-running processes and tests). */
export function clearSiblingCache(): void {
  clearSiblingFileCache();
  clearProjectListings();
}

/** What an export name of a module is bound to. */
export type ExportTarget =
  | { readonly kind: 'variable'; readonly variable: Variable; readonly module: ModuleContext }
  | { readonly kind: 'expression'; readonly node: TSESTree.Node; readonly module: ModuleContext }
  | { readonly kind: 'namespace'; readonly module: ModuleContext };

/** Finds `name` among a module's exports, following re-exports up to MAX_MODULE_DEPTH modules. */
export function findExport(module: ModuleContext, name: string, force = false, depth = 0): ExportTarget | null {
  if (depth > MAX_MODULE_DEPTH) return null;
  const starModules: string[] = [];
  for (const statement of module.program.body) {
    switch (statement.type) {
      case AST_NODE_TYPES.ExportNamedDeclaration: {
        const found = findInNamedExport(module, statement, name, force, depth);
        if (found) return found;
        break;
      }
      case AST_NODE_TYPES.ExportDefaultDeclaration:
        if (name === 'default') return defaultExportTarget(module, statement);
        break;
      case AST_NODE_TYPES.ExportAllDeclaration:
        if (statement.exported) {
          if (exportedName(statement.exported) === name) {
            const target = loadRelative(module, statement.source.value, force);
            if (target) return { kind: 'namespace', module: target };
          }
        } else if (name !== 'default') {
          starModules.push(statement.source.value);
        }
        break;
      case AST_NODE_TYPES.ExpressionStatement: {
        const found = findCommonJsExport(module, statement.expression, name);
        if (found) return found;
        break;
      }
      default:
        break;
    }
  }
  for (const specifier of starModules) {
    const target = loadRelative(module, specifier, force);
    const found = target ? findExport(target, name, force, depth + 1) : null;
    if (found) return found;
  }
  return null;
}

/**
 * CommonJS: `module.exports = { NAME }` / `module.exports = { NAME: value }`, `module.exports.NAME =
 * value`, `exports.NAME = value`. The whole `module.exports = value` is the export `default`.
 */
function findCommonJsExport(module: ModuleContext, expression: TSESTree.Expression, name: string): ExportTarget | null {
  if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== '=') return null;
  const left = expression.left;
  if (left.type !== AST_NODE_TYPES.MemberExpression) return null;
  const leftName = getStaticKeyName(left.property, left.computed);
  if (isModuleExports(left)) {
    if (name === 'default') return { kind: 'expression', node: expression.right, module };
    if (expression.right.type !== AST_NODE_TYPES.ObjectExpression) return null;
    for (const property of expression.right.properties) {
      if (property.type !== AST_NODE_TYPES.Property || getStaticKeyName(property.key, property.computed) !== name) continue;
      return { kind: 'expression', node: property.value, module };
    }
    return null;
  }
  const owner = left.object;
  const isExportsObject = (owner.type === AST_NODE_TYPES.Identifier && owner.name === 'exports') || (owner.type === AST_NODE_TYPES.MemberExpression && isModuleExports(owner));
  return isExportsObject && leftName === name ? { kind: 'expression', node: expression.right, module } : null;
}

function isModuleExports(node: TSESTree.MemberExpression): boolean {
  return node.object.type === AST_NODE_TYPES.Identifier && node.object.name === 'module' && getStaticKeyName(node.property, node.computed) === 'exports';
}

function exportedName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

function loadRelative(module: ModuleContext, specifier: string, force: boolean): ModuleContext | null {
  const file = resolveLocalModule(module.file, specifier);
  return file ? loadSiblingModule(file, force) : null;
}

function findInNamedExport(module: ModuleContext, statement: TSESTree.ExportNamedDeclaration, name: string, force: boolean, depth: number): ExportTarget | null {
  const declaration = statement.declaration;
  if (declaration) {
    if (declaration.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === name) {
          const variable = findModuleVariable(module, name);
          return variable ? { kind: 'variable', variable, module } : null;
        }
      }
    } else if ('id' in declaration && declaration.id?.type === AST_NODE_TYPES.Identifier && declaration.id.name === name) {
      return { kind: 'expression', node: declaration, module };
    }
    return null;
  }
  for (const specifier of statement.specifiers) {
    if (exportedName(specifier.exported) !== name) continue;
    const local = exportedName(specifier.local);
    if (statement.source) {
      const target = loadRelative(module, statement.source.value, force);
      return target ? findExport(target, local, force, depth + 1) : null;
    }
    const variable = findModuleVariable(module, local);
    return variable ? { kind: 'variable', variable, module } : null;
  }
  return null;
}

function defaultExportTarget(module: ModuleContext, statement: TSESTree.ExportDefaultDeclaration): ExportTarget {
  return { kind: 'expression', node: statement.declaration, module };
}

/** Calls `visit` on the module and on each module it imports (relative or aliased), `maxHops` imports deep, each once. */
export function forEachImportedModule(ctx: ModuleContext, maxHops: number, visit: (module: ModuleContext) => void): void {
  const seen = new Set<string>();
  const walk = (module: ModuleContext, hops: number): void => {
    if (seen.has(module.file)) return;
    seen.add(module.file);
    visit(module);
    if (hops >= maxHops) return;
    for (const specifier of getLocalImportSpecifiers(module.sourceText, module.file)) {
      const file = resolveLocalModule(module.file, specifier);
      const sibling = file ? loadSiblingModule(file) : null;
      if (sibling) walk(sibling, hops + 1);
    }
  };
  walk(ctx, 0);
}
