// Small ESTree predicates and accessors shared by the matcher's modules (no URL logic here).
import { simpleTraverse } from '@typescript-eslint/typescript-estree';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';

/** Sets `node.parent` on every node below `program`, as ESLint does; the codemod calls this. */
export function setParentPointers(program: TSESTree.Program): void {
  simpleTraverse(program, { enter: () => undefined }, true);
}

/** Strips what does not change a value: `x as T`, `x satisfies T`, `x!`, `<T>x`, `a?.b` wrappers. */
export function skipTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The name a module exports that an import specifier binds (`import { a as b }` → `a`, `import { 'a-b' as c }` → `a-b`). */
export function getImportedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
}

/** The name of a non-computed member or property key (`a.b`, `{ b: 1 }`, `{ 'b': 1 }`, `a['b']`). */
export function getStaticKeyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (!computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  // `#exportPath`: a private member is named with its `#`, where it is declared and where it is used.
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The property name of `a.b` / `a['b']`, or undefined for a computed, non-literal key. */
export function getMemberName(node: TSESTree.MemberExpression): string | undefined {
  return getStaticKeyName(node.property, node.computed);
}

/** `a.b.c` as text when the callee is a chain of identifiers (and `this`), else undefined. */
export function getDottedName(node: TSESTree.Node): string | undefined {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.ThisExpression) return 'this';
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const object = getDottedName(target.object);
    const name = getMemberName(target);
    return object !== undefined && name !== undefined ? `${object}.${name}` : undefined;
  }
  return undefined;
}

/** Every identifier-like name along a callee (`this.logger.info` → this, logger, info). */
export function getCalleeNames(node: TSESTree.Node): string[] {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.Identifier) return [target.name];
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const name = getMemberName(target);
    return [...getCalleeNames(target.object), ...(name === undefined ? [] : [name])];
  }
  if (target.type === AST_NODE_TYPES.CallExpression) return getCalleeNames(target.callee);
  return [];
}

export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression
  );
}

/**
 * The one expression a small helper function returns: an arrow's expression body, or the argument
 * of the only `return` of a block body (nested functions aside). Undefined for anything else.
 */
export function getSingleReturnedExpression(fn: FunctionNode): TSESTree.Expression | undefined {
  const returns = getReturnStatements(fn);
  if (returns === null) return fn.body as TSESTree.Expression;
  return returns.length === 1 ? (returns[0]?.argument ?? undefined) : undefined;
}

/** Every expression a function returns (nested functions aside), in source order. */
export function getReturnedExpressions(fn: FunctionNode): TSESTree.Expression[] {
  const returns = getReturnStatements(fn);
  if (returns === null) return [fn.body as TSESTree.Expression];
  return returns.flatMap((statement) => (statement.argument ? [statement.argument] : []));
}

/** The `return` statements of a block body (nested functions aside); null for an arrow's expression body. */
function getReturnStatements(fn: FunctionNode): TSESTree.ReturnStatement[] | null {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return null;
  const returns: TSESTree.ReturnStatement[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      returns.push(node);
      return;
    }
    if (isFunctionNode(node) || node.type === AST_NODE_TYPES.ClassBody) return;
    for (const child of childNodes(node)) visit(child);
  };
  for (const statement of fn.body.body) visit(statement);
  return returns;
}

/** The direct child nodes of a node, by walking its own enumerable properties (parent excluded). */
export function childNodes(node: TSESTree.Node): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent' || key === 'loc' || key === 'range') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) children.push(item);
    } else if (isNode(value)) {
      children.push(value);
    }
  }
  return children;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The property value of `key` in an object literal, honouring later properties over earlier ones. */
export function findProperty(object: TSESTree.ObjectExpression, key: string): TSESTree.Property | undefined {
  for (let index = object.properties.length - 1; index >= 0; index--) {
    const property = object.properties[index];
    if (property?.type !== AST_NODE_TYPES.Property) continue;
    if (getStaticKeyName(property.key, property.computed) === key) return property;
  }
  return undefined;
}
