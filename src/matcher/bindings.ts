// Helper functions with a single returned expression: their parameters are bound to the call's
// arguments, and dynamic parts that use a parameter are rewritten to the caller's argument text.
import type { Variable } from '@typescript-eslint/scope-manager';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { childNodes, getSingleReturnedExpression, getStaticKeyName, type FunctionNode } from './ast.js';
import { getScopeManager, positionOf, resolveVariable, textOf, type ModuleContext } from './module-context.js';
import { evaluate, memberOf, stringValue, valueToParts } from './resolve-expression.js';
import type { DynamicPart } from './url-parts.js';
import { UNKNOWN, type Binding, type Bindings, type Value } from './values.js';

export function evaluateBinding(binding: Binding, depth: number): Value {
  switch (binding.kind) {
    case 'missing':
      return UNKNOWN;
    case 'argument': {
      const value = evaluate(binding.expression, binding.ctx, binding.env, depth + 1);
      if (value.kind === 'unknown' || value.kind === 'string') return stringValue(valueToParts(value, binding.expression, binding.ctx, binding.env));
      return value;
    }
    case 'property': {
      const value = memberOf(evaluateBinding(binding.of, depth + 1), binding.key, depth);
      if (value.kind !== 'unknown') return value;
      const at = bindingPosition(binding);
      return stringValue([{ kind: 'dynamic', node: null, text: bindingText(binding), at, encoded: false }]);
    }
  }
}

function bindingPosition(binding: Binding): DynamicPart['at'] {
  if (binding.kind === 'argument') return positionOf(binding.ctx, binding.expression);
  return binding.kind === 'property' ? bindingPosition(binding.of) : null;
}

function bindingText(binding: Binding): string {
  switch (binding.kind) {
    case 'missing':
      return 'undefined';
    case 'argument':
      return binding.env.size > 0 ? substitutedText(binding.expression, binding.ctx, binding.env) : textOf(binding.ctx, binding.expression);
    case 'property': {
      const object = bindingText(binding.of);
      const receiver = /^[\w$.]+$/.test(object) ? object : `(${object})`;
      return /^[A-Za-z_$][\w$]*$/.test(binding.key) ? `${receiver}.${binding.key}` : `${receiver}[${JSON.stringify(binding.key)}]`;
    }
  }
}

function boundIdentifiers(node: TSESTree.Node, ctx: ModuleContext, env: Bindings): Array<{ identifier: TSESTree.Identifier; binding: Binding }> {
  const found: Array<{ identifier: TSESTree.Identifier; binding: Binding }> = [];
  const visit = (current: TSESTree.Node): void => {
    if (current.type === AST_NODE_TYPES.Identifier) {
      const variable = resolveVariable(ctx, current);
      const binding = variable ? env.get(variable) : undefined;
      if (binding) found.push({ identifier: current, binding });
      return;
    }
    for (const child of childNodes(current)) visit(child);
  };
  visit(node);
  return found;
}

export function usesBindings(node: TSESTree.Node, ctx: ModuleContext, env: Bindings): boolean {
  return boundIdentifiers(node, ctx, env).length > 0;
}

/** The expression's text with each helper parameter replaced by the caller's argument text. */
export function substitutedText(node: TSESTree.Node, ctx: ModuleContext, env: Bindings): string {
  const replacements = boundIdentifiers(node, ctx, env).sort((a, b) => a.identifier.range[0] - b.identifier.range[0]);
  let text = '';
  let cursor = node.range[0];
  for (const { identifier, binding } of replacements) {
    const replacement = bindingText(binding);
    const isShorthand = identifier.parent?.type === AST_NODE_TYPES.Property && identifier.parent.shorthand;
    text += ctx.sourceText.slice(cursor, identifier.range[0]);
    const simple = /^[\w$.]+$/.test(replacement) ? replacement : `(${replacement})`;
    text += isShorthand ? `${identifier.name}: ${simple}` : simple;
    cursor = identifier.range[1];
  }
  return text + ctx.sourceText.slice(cursor, node.range[1]);
}

function bindParameters(fn: FunctionNode, fnCtx: ModuleContext, fnEnv: Bindings, call: TSESTree.CallExpression, callerCtx: ModuleContext, callerEnv: Bindings): Bindings | undefined {
  const scope = getScopeManager(fnCtx).acquire(fn, true);
  if (!scope) return undefined;
  const bindings = new Map(fnEnv);
  const variableOf = (identifier: TSESTree.Identifier): Variable | undefined => scope.set.get(identifier.name);
  const bindIdentifier = (identifier: TSESTree.Identifier, binding: Binding): void => {
    const variable = variableOf(identifier);
    if (variable) bindings.set(variable, binding);
  };
  for (let index = 0; index < fn.params.length; index++) {
    const param = fn.params[index];
    const argument = call.arguments[index];
    if (!param || argument?.type === AST_NODE_TYPES.SpreadElement) break;
    let binding: Binding = argument ? { kind: 'argument', expression: argument, ctx: callerCtx, env: callerEnv } : { kind: 'missing' };
    let pattern: TSESTree.Node = param;
    if (pattern.type === AST_NODE_TYPES.AssignmentPattern) {
      if (!argument) binding = { kind: 'argument', expression: pattern.right, ctx: fnCtx, env: fnEnv };
      pattern = pattern.left;
    }
    if (pattern.type === AST_NODE_TYPES.Identifier) bindIdentifier(pattern, binding);
    else if (pattern.type === AST_NODE_TYPES.ObjectPattern) {
      for (const property of pattern.properties) {
        if (property.type !== AST_NODE_TYPES.Property) continue;
        const key = getStaticKeyName(property.key, property.computed);
        const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
        if (key !== undefined && value.type === AST_NODE_TYPES.Identifier) bindIdentifier(value, { kind: 'property', of: binding, key });
      }
    }
  }
  return bindings;
}

export function callFunction(fn: Extract<Value, { kind: 'function' }>, call: TSESTree.CallExpression, ctx: ModuleContext, env: Bindings, depth: number): Value {
  const returned = getSingleReturnedExpression(fn.node);
  if (!returned) return UNKNOWN;
  const bindings = bindParameters(fn.node, fn.ctx, fn.env, call, ctx, env);
  if (!bindings) return UNKNOWN;
  return evaluate(returned, fn.ctx, bindings, depth + 1);
}
