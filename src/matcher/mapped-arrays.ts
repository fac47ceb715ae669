// Segment lists made by mapping another list: `Array.from(HIERARCHY, (name, i) => `${name}/${ids[i]}`)`,
// `names.map((name) => `${name}/${id}`)`, `pairs.flatMap(([name, id]) => [name, encodeURIComponent(id)])`.
// The callback's returned expression is read once per element, with its parameters standing for that
// element (and its index); everything else in it is read as usual.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { getSingleReturnedExpression, skipTypeWrappers, type FunctionNode } from './ast.js';
import type { ModuleContext } from './module-context.js';
import type { UrlPart } from './types.js';
import { textPart } from './url-parts.js';

/** An element of a segment list, read in the module it is written in, or already read (`parts`). */
export interface Segment {
  readonly node: TSESTree.Node | null;
  readonly ctx: ModuleContext;
  readonly parts?: readonly UrlPart[];
}

/** How the caller reads a segment it has no parts for (skeleton-parts.ts). */
export type ReadSegment = (segment: Segment) => UrlPart[];

/** Functions that hand back their argument's text, encoded or not: the segment stays what it was. */
const TEXT_KEEPING_CALLS = new Set(['encodeURIComponent', 'encodeURI', 'String', 'escape']);

/** `elements` mapped by `callback` (flattened one level for `flatMap`), or undefined when the callback returns more than one thing. */
export function mapSegments(elements: readonly Segment[], callback: FunctionNode, flatten: boolean, read: ReadSegment): Segment[] | undefined {
  const returned = getSingleReturnedExpression(callback);
  if (!returned) return undefined;
  const body = skipTypeWrappers(returned);
  const [first] = callback.params;
  return elements.flatMap((element) => {
    const bindings = new Map<string, Segment>();
    if (first) bind(first, element, bindings);
    const substitute = (node: TSESTree.Node) => substituted(node, bindings, element.ctx, read);
    if (flatten && body.type === AST_NODE_TYPES.ArrayExpression) {
      return body.elements.map((item): Segment => ({ node: null, ctx: element.ctx, parts: item ? substitute(item) : [] }));
    }
    return [{ node: null, ctx: element.ctx, parts: substitute(body) }];
  });
}

/** `name` → the element; `[name, id]` → the element's own items when it is an array literal. */
function bind(param: TSESTree.Parameter, element: Segment, bindings: Map<string, Segment>): void {
  if (param.type === AST_NODE_TYPES.Identifier) {
    bindings.set(param.name, element);
    return;
  }
  const items = element.node ? skipTypeWrappers(element.node) : null;
  if (param.type !== AST_NODE_TYPES.ArrayPattern || items?.type !== AST_NODE_TYPES.ArrayExpression) return;
  param.elements.forEach((item, index) => {
    const value = items.elements[index];
    if (item?.type === AST_NODE_TYPES.Identifier && value && value.type !== AST_NODE_TYPES.SpreadElement) bindings.set(item.name, { node: value, ctx: element.ctx });
  });
}

function substituted(node: TSESTree.Node, bindings: ReadonlyMap<string, Segment>, ctx: ModuleContext, read: ReadSegment): UrlPart[] {
  const target = skipTypeWrappers(node);
  const again = (inner: TSESTree.Node) => substituted(inner, bindings, ctx, read);
  switch (target.type) {
    case AST_NODE_TYPES.Identifier: {
      const bound = bindings.get(target.name);
      return bound ? read(bound) : read({ node: target, ctx });
    }
    case AST_NODE_TYPES.TemplateLiteral:
      return target.quasis.flatMap((quasi, index) => {
        const expression = target.expressions[index];
        const text = textPart(quasi.value.cooked ?? quasi.value.raw, null, null);
        return expression ? [text, ...again(expression)] : [text];
      });
    case AST_NODE_TYPES.BinaryExpression:
      return target.operator === '+' ? [...again(target.left), ...again(target.right)] : read({ node: target, ctx });
    case AST_NODE_TYPES.CallExpression: {
      const callee = skipTypeWrappers(target.callee);
      const argument = target.arguments[0];
      if (callee.type === AST_NODE_TYPES.Identifier && TEXT_KEEPING_CALLS.has(callee.name) && argument) return again(argument);
      return read({ node: target, ctx });
    }
    default:
      return read({ node: target, ctx });
  }
}
