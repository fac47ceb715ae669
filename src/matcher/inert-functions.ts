// Functions of the analysed code that cannot send a request because they call nothing: a helper that
// only returns its URL (`function fetch(url) { return url }`), or the function a curried factory
// returns (`endpoint<Req, Res>()({ method, path })` of a typed endpoint-descriptor kit).
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { childNodes, getSingleReturnedExpression, isFunctionNode, skipTypeWrappers, type FunctionNode } from './ast.js';
import { exportValue } from './declarations.js';
import type { ModuleContext } from './module-context.js';
import { evaluate } from './resolve-expression.js';

/**
 * A function of the analysed code that calls nothing cannot send a request (`function fetch(url) { return url }`),
 * nor can the function a curried factory returns (`endpoint<Req, Res>()({ method, path })`, `def => def`).
 */
export function callsInertFunction(call: TSESTree.CallExpression, ctx: ModuleContext): boolean {
  const callee = getCurriedFunction(call.callee, ctx) ?? evaluate(call.callee, ctx);
  return callee.kind === 'function' && isInert(callee.node);
}

/** Per function: the team-helper detector and the skeleton net both ask, for every call of it. */
const inertFunctions = new WeakMap<FunctionNode, boolean>();

function isInert(fn: FunctionNode): boolean {
  const known = inertFunctions.get(fn);
  if (known !== undefined) return known;
  let calls = false;
  const visit = (node: TSESTree.Node): void => {
    if (calls) return;
    if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.TaggedTemplateExpression) calls = true;
    else for (const child of childNodes(node)) visit(child);
  };
  visit(fn.body ?? fn);
  inertFunctions.set(fn, !calls);
  return !calls;
}

/** `factory()(…)`: the function the factory returns, when it returns one written in place. */
function getCurriedFunction(callee: TSESTree.Node, ctx: ModuleContext): { kind: 'function'; node: FunctionNode } | undefined {
  const factoryCall = skipTypeWrappers(callee);
  if (factoryCall.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const value = evaluate(factoryCall.callee, ctx);
  // A factory module with no endpoint text of its own is not parsed up front: parse it for this question.
  const factory = value.kind === 'unloaded-export' ? exportValue(value.file, value.name, 0, true) : value;
  const returned = factory.kind === 'function' ? getSingleReturnedExpression(factory.node) : undefined;
  const fn = returned ? skipTypeWrappers(returned) : undefined;
  return fn && isFunctionNode(fn) ? { kind: 'function', node: fn } : undefined;
}
