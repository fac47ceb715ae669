// The calls of a function of the analysed module, for the skeleton net's parameter flow: a path the
// module hands to its own helper (`targetUrl(base, jobFor(ids))`, `this.exportRequest(locator)`) is
// what that helper's parameter holds. Only calls in the same module are known; callers elsewhere are not.
import { DefinitionType, type Variable } from '@typescript-eslint/scope-manager';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { childNodes, getMemberName, getStaticKeyName, type FunctionNode } from './ast.js';
import { getInstanceClass } from './class-instances.js';
import { getScopeManager, type ModuleContext } from './module-context.js';

const cache = new WeakMap<FunctionNode, readonly TSESTree.CallExpression[]>();

/** Calls of `fn` in its module: by its name (declarations, `const f = …`), or `this.name(…)` for a class method. */
export function getCallSites(fn: FunctionNode, ctx: ModuleContext): readonly TSESTree.CallExpression[] {
  const cached = cache.get(fn);
  if (cached) return cached;
  const sites = findCallSites(fn, ctx);
  cache.set(fn, sites);
  return sites;
}

function findCallSites(fn: FunctionNode, ctx: ModuleContext): TSESTree.CallExpression[] {
  const holder = fn.parent;
  if (holder?.type === AST_NODE_TYPES.MethodDefinition || holder?.type === AST_NODE_TYPES.PropertyDefinition) {
    const name = getStaticKeyName(holder.key, holder.computed);
    const cls = holder.parent?.parent;
    if (name === undefined || (cls?.type !== AST_NODE_TYPES.ClassDeclaration && cls?.type !== AST_NODE_TYPES.ClassExpression)) return [];
    return findMethodCalls(cls, name, ctx);
  }
  const named = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn : holder?.type === AST_NODE_TYPES.VariableDeclarator ? holder : null;
  if (!named) return [];
  const calls: TSESTree.CallExpression[] = [];
  for (const variable of getScopeManager(ctx).getDeclaredVariables(named)) {
    for (const reference of variable.references) {
      const call = reference.identifier.parent;
      if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === reference.identifier) calls.push(call);
    }
  }
  return calls;
}

/** `this.name(…)` inside the class, and `x.name(…)` anywhere in the module on an instance `x` of it. */
function findMethodCalls(cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression, name: string, ctx: ModuleContext): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression && getMemberName(node.callee) === name) {
      const receiver = node.callee.object;
      const inside = receiver.type === AST_NODE_TYPES.ThisExpression && node.range[0] >= cls.range[0] && node.range[1] <= cls.range[1];
      if (inside || (receiver.type !== AST_NODE_TYPES.ThisExpression && getInstanceClass(receiver, ctx)?.node === cls)) calls.push(node);
    }
    for (const child of childNodes(node)) visit(child);
  };
  visit(ctx.program);
  return calls;
}

/**
 * What the module's calls pass for a parameter (`function targetUrl(base, job)` → the `job` of every
 * `targetUrl(…)` call here), or [] when the variable is not a plain parameter.
 */
export function getParameterArguments(variable: Variable, ctx: ModuleContext): TSESTree.Node[] {
  const definition = variable.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== DefinitionType.Parameter) return [];
  const fn = definition.node as FunctionNode;
  const index = fn.params.findIndex((param) => {
    const target = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : param;
    return target.type === AST_NODE_TYPES.Identifier && target.name === variable.name;
  });
  if (index < 0) return [];
  return getCallSites(fn, ctx).flatMap((call) => {
    const argument = call.arguments[index];
    return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? [argument] : [];
  });
}
