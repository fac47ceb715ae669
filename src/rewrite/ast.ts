// Small ESTree predicates and readers the planner uses. `is*` return booleans, `get*` a value or undefined.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { getStaticKeyName } from '../matcher/index.js';

/** Strips parentheses-free wrappers that do not change the value: `x as T`, `x!`, `<T>x`, `x satisfies T`. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSSatisfiesExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The static name of a property key (`a`, `'a'`, `["a"]`), or undefined when computed: the matcher's reading. */
export function getPropertyName(property: TSESTree.Property | TSESTree.MemberExpression): string | undefined {
  return getStaticKeyName(property.type === AST_NODE_TYPES.Property ? property.key : property.property, property.computed);
}

/** The string value of a string literal or an expression-free template literal. */
export function getStringValue(node: TSESTree.Node): string | undefined {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'string') return inner.value;
  if (inner.type === AST_NODE_TYPES.TemplateLiteral && inner.expressions.length === 0) return inner.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The method name of `x.name(...)`, or undefined. */
export function getCalledMethodName(call: TSESTree.CallExpression): string | undefined {
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  return getPropertyName(callee);
}

export function isWithin(inner: TSESTree.Node, outer: readonly [number, number]): boolean {
  return inner.range[0] >= outer[0] && inner.range[1] <= outer[1];
}

/** Whether evaluating `node` may have side effects or depend on evaluation time beyond reading values. */
export function hasSideEffects(node: TSESTree.Node): boolean {
  let found = false;
  visit(node, (child) => {
    switch (child.type) {
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
      case AST_NODE_TYPES.AssignmentExpression:
      case AST_NODE_TYPES.UpdateExpression:
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.YieldExpression:
      case AST_NODE_TYPES.TaggedTemplateExpression:
      case AST_NODE_TYPES.ThisExpression:
      case AST_NODE_TYPES.Super:
        found = true;
        return false;
      case AST_NODE_TYPES.UnaryExpression:
        if (child.operator === 'delete') found = true;
        return !found;
      default:
        return true;
    }
  });
  return found;
}

/** Depth-first walk over child nodes; the callback returns false to skip a subtree. */
export function visit(node: TSESTree.Node, callback: (node: TSESTree.Node) => boolean): void {
  if (!callback(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent' || key === 'loc' || key === 'range') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) visit(item, callback);
    } else if (isNode(value)) {
      visit(value, callback);
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && Array.isArray((value as { range?: unknown }).range);
}

/** The statement (a direct child of a block, program, switch case or module body) holding `node`. */
export function getEnclosingStatement(node: TSESTree.Node): TSESTree.Node {
  let current: TSESTree.Node = node;
  while (current.parent) {
    const parent: TSESTree.Node = current.parent;
    if (
      parent.type === AST_NODE_TYPES.Program ||
      parent.type === AST_NODE_TYPES.BlockStatement ||
      parent.type === AST_NODE_TYPES.StaticBlock ||
      parent.type === AST_NODE_TYPES.SwitchCase ||
      parent.type === AST_NODE_TYPES.TSModuleBlock
    ) {
      return current;
    }
    current = parent;
  }
  return current;
}

/** The value of `node` as seen by its consumer: climbs over parentheses-free wrappers (`as`, `!`). */
export function getOuterExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      current.parent.type === AST_NODE_TYPES.TSTypeAssertion)
  ) {
    current = current.parent;
  }
  return current;
}
