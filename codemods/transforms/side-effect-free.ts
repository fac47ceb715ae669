// Whether a declaration's initialiser can be deleted without changing what the program does: only
// value-building expressions (literals, templates, `+`, reads, a few pure string and URL builders).
import { DefinitionType, type ScopeManager } from '@typescript-eslint/scope-manager';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';

/** String methods that only build a new value (a callback argument is refused: calling it may do anything). */
const PURE_METHODS = new Set(['replace', 'replaceAll', 'join', 'concat']);
/** Global functions that only convert or encode their arguments. */
const PURE_FUNCTIONS = new Set(['encodeURIComponent', 'encodeURI', 'String']);
/**
 * Instance factories of the HTTP clients: they only merge options into a new client (nothing is sent,
 * hooks and interceptors are not run), so an instance the rewrite left unused can go with its import.
 */
const INSTANCE_FACTORIES: Readonly<Record<string, readonly string[]>> = { axios: ['create'], got: ['extend'], ky: ['create', 'extend'] };

export function isSideEffectFree(node: TSESTree.Node, scopeManager: ScopeManager): boolean {
  const pure = (child: TSESTree.Node | null): boolean => child === null || isSideEffectFree(child, scopeManager);
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
      return true;
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.every(pure);
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === '+' && pure(node.left) && pure(node.right);
    case AST_NODE_TYPES.LogicalExpression:
      return pure(node.left) && pure(node.right);
    case AST_NODE_TYPES.ConditionalExpression:
      return pure(node.test) && pure(node.consequent) && pure(node.alternate);
    case AST_NODE_TYPES.MemberExpression:
      return pure(node.object) && (!node.computed || pure(node.property));
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
      return pure(node.expression);
    case AST_NODE_TYPES.ObjectExpression:
      return node.properties.every((property) => property.type === AST_NODE_TYPES.Property && (!property.computed || pure(property.key)) && pure(property.value));
    case AST_NODE_TYPES.ArrayExpression:
      return node.elements.every((element) => element === null || (element.type !== AST_NODE_TYPES.SpreadElement && pure(element)));
    case AST_NODE_TYPES.CallExpression:
      return isPureCall(node, scopeManager);
    case AST_NODE_TYPES.NewExpression:
      return isGlobalName(node.callee, 'URL', scopeManager) && hasPureArguments(node, scopeManager);
    default:
      return false;
  }
}

function isPureCall(call: TSESTree.CallExpression, scopeManager: ScopeManager): boolean {
  const callee = call.callee;
  if (!hasPureArguments(call, scopeManager)) return false;
  if (callee.type === AST_NODE_TYPES.Identifier) return PURE_FUNCTIONS.has(callee.name) && isGlobalName(callee, callee.name, scopeManager);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return false;
  const method = callee.property.name;
  if (method === 'stringify' && isGlobalName(callee.object, 'JSON', scopeManager)) {
    return call.arguments.length === 1 && call.arguments[0] !== undefined && isLiteralValue(call.arguments[0]);
  }
  if (INSTANCE_FACTORIES[getImportedModule(callee.object, scopeManager) ?? '']?.includes(method)) return true;
  return PURE_METHODS.has(method) && isSideEffectFree(callee.object, scopeManager);
}

function hasPureArguments(call: TSESTree.CallExpression | TSESTree.NewExpression, scopeManager: ScopeManager): boolean {
  return call.arguments.every(
    (argument) =>
      argument.type !== AST_NODE_TYPES.SpreadElement &&
      argument.type !== AST_NODE_TYPES.ArrowFunctionExpression &&
      argument.type !== AST_NODE_TYPES.FunctionExpression &&
      isSideEffectFree(argument, scopeManager),
  );
}

/** `JSON.stringify` of a literal: primitives, templates, and object/array literals of them (no function that `toJSON` could be). */
function isLiteralValue(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return true;
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.length === 0;
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
      return isLiteralValue(node.expression);
    case AST_NODE_TYPES.ObjectExpression:
      return node.properties.every((property) => property.type === AST_NODE_TYPES.Property && !property.computed && property.kind === 'init' && !property.method && isLiteralValue(property.value));
    case AST_NODE_TYPES.ArrayExpression:
      return node.elements.every((element) => element !== null && element.type !== AST_NODE_TYPES.SpreadElement && isLiteralValue(element));
    default:
      return false;
  }
}

/** The module a default or namespace import (`import got from 'got'`) comes from, or undefined. */
function getImportedModule(node: TSESTree.Node, scopeManager: ScopeManager): string | undefined {
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const definition = resolve(node, scopeManager)?.defs[0];
  if (definition?.type !== DefinitionType.ImportBinding || definition.parent.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
  const isWholeModule = definition.node.type === AST_NODE_TYPES.ImportDefaultSpecifier || definition.node.type === AST_NODE_TYPES.ImportNamespaceSpecifier;
  return isWholeModule ? definition.parent.source.value : undefined;
}

function resolve(identifier: TSESTree.Identifier, scopeManager: ScopeManager) {
  for (const scope of scopeManager.scopes) {
    for (const reference of scope.references) {
      if (reference.identifier === identifier) return reference.resolved;
    }
  }
  return null;
}

/** Whether `node` is the identifier `name` and means the global (no declaration in the file shadows it). */
function isGlobalName(node: TSESTree.Node, name: string, scopeManager: ScopeManager): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier || node.name !== name) return false;
  const variable = resolve(node, scopeManager);
  return variable === null || variable.defs.length === 0;
}
