// Evaluates an expression statically into a Value: follows const bindings, object constants,
// sibling-module exports, helper functions and string operations; whatever it cannot know becomes
// a dynamic URL part. Evaluation is lazy (only for candidate sender calls) and memoised per module.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { getMemberName, getStaticKeyName, skipTypeWrappers } from './ast.js';
import { evaluateBinding, substitutedText, usesBindings } from './bindings.js';
import { evaluateCall, evaluateNew } from './call-values.js';
import { getClassMemberValueNode } from './class-members.js';
import { exportValue, variableValue } from './declarations.js';
import { getGlobalLibraryValue, getLibraryMember } from './libraries.js';
import { isGlobalVariable, positionOf, resolveVariable, textOf, type ModuleContext } from './module-context.js';
import type { UrlPart } from './types.js';
import { isAllText, partsText, textPart, type DynamicPart } from './url-parts.js';
import { EMPTY_BINDINGS, UNKNOWN, type Bindings, type Value } from './values.js';

/** Expression nesting followed before giving up (guards cycles and pathological chains). */
const MAX_DEPTH = 60;

export function evaluate(node: TSESTree.Node, ctx: ModuleContext, env: Bindings = EMPTY_BINDINGS, depth = 0): Value {
  const target = skipTypeWrappers(node);
  if (depth > MAX_DEPTH) return UNKNOWN;
  if (env.size > 0) return evaluateUncached(target, ctx, env, depth);
  const cached = ctx.values.get(target);
  if (cached) return cached;
  ctx.values.set(target, UNKNOWN); // breaks cycles such as `const a = b; const b = a`
  const value = evaluateUncached(target, ctx, env, depth);
  ctx.values.set(target, value);
  return value;
}

/** The expression as URL parts: its text where known, else one dynamic part for the expression. */
export function evaluateParts(node: TSESTree.Node, ctx: ModuleContext, env: Bindings = EMPTY_BINDINGS, depth = 0): UrlPart[] {
  return valueToParts(evaluate(node, ctx, env, depth), node, ctx, env);
}

export function valueToParts(value: Value, node: TSESTree.Node, ctx: ModuleContext, env: Bindings): UrlPart[] {
  if (value.kind === 'string' || value.kind === 'url') return [...value.parts];
  const literal = getStringLiteralType(node, ctx, env);
  if (literal !== undefined) return [textPart(literal, positionOf(ctx, node), null)];
  return [dynamicPart(node, ctx, env, false)];
}

/** With typed parser services, an expression whose type is one string literal is that text. */
function getStringLiteralType(node: TSESTree.Node, ctx: ModuleContext, env: Bindings): string | undefined {
  const services = ctx.parserServices;
  if (!ctx.isMain || env.size > 0 || !services?.program || !('getTypeAtLocation' in services)) return undefined;
  const target = skipTypeWrappers(node);
  if (target.type !== AST_NODE_TYPES.Identifier && target.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  try {
    const type = services.getTypeAtLocation(target);
    return type.isStringLiteral() ? type.value : undefined;
  } catch {
    // A node the type checker has no mapping for (synthesised or outside the program): no type reach.
    return undefined;
  }
}

export function dynamicPart(node: TSESTree.Node, ctx: ModuleContext, env: Bindings, encoded: boolean): DynamicPart {
  const rewritten = env.size > 0 && usesBindings(node, ctx, env);
  return {
    kind: 'dynamic',
    node: ctx.isMain && !rewritten ? node : null,
    text: rewritten ? substitutedText(node, ctx, env) : textOf(ctx, node),
    at: positionOf(ctx, node),
    encoded,
  };
}

function evaluateUncached(node: TSESTree.Node, ctx: ModuleContext, env: Bindings, depth: number): Value {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      if (typeof node.value === 'string') return stringValue([literalText(node.value, node, ctx, 1)]);
      if (typeof node.value === 'number') return stringValue([literalText(String(node.value), node, ctx, 0)]);
      return UNKNOWN;
    case AST_NODE_TYPES.TemplateLiteral:
      return stringValue(templateParts(node, ctx, env, depth));
    case AST_NODE_TYPES.BinaryExpression:
      if (node.operator !== '+') return UNKNOWN;
      return stringValue([...evaluateParts(node.left, ctx, env, depth + 1), ...evaluateParts(node.right, ctx, env, depth + 1)]);
    case AST_NODE_TYPES.Identifier:
      return evaluateIdentifier(node, ctx, env, depth);
    case AST_NODE_TYPES.MemberExpression: {
      const name = getMemberName(node) ?? computedKey(node, ctx, env, depth);
      if (name === undefined) return UNKNOWN;
      if (node.object.type === AST_NODE_TYPES.ThisExpression) {
        const assigned = getClassMemberValueNode(node.object, name);
        return assigned ? keepReferenceIfAllUnknown(evaluate(assigned, ctx, EMPTY_BINDINGS, depth + 1)) : UNKNOWN;
      }
      return memberOf(evaluate(node.object, ctx, env, depth + 1), name, depth);
    }
    case AST_NODE_TYPES.ConditionalExpression:
      return evaluateConditional(node, ctx, env, depth);
    case AST_NODE_TYPES.CallExpression:
      return evaluateCall(node, ctx, env, depth);
    case AST_NODE_TYPES.NewExpression:
      return evaluateNew(node, ctx, env, depth);
    case AST_NODE_TYPES.ObjectExpression:
      return { kind: 'object', node, ctx, env };
    case AST_NODE_TYPES.ArrayExpression:
      return { kind: 'array', node, ctx, env };
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.FunctionDeclaration:
      return { kind: 'function', node, ctx, env };
    case AST_NODE_TYPES.ClassDeclaration:
    case AST_NODE_TYPES.ClassExpression:
      return { kind: 'class', node, ctx };
    default:
      return UNKNOWN;
  }
}

/**
 * `cond ? a : b` is known only when both branches are the same known text. Branches that differ
 * stay unknown (one dynamic part): a site built from one branch would make the codemod drop the other.
 */
function evaluateConditional(node: TSESTree.ConditionalExpression, ctx: ModuleContext, env: Bindings, depth: number): Value {
  const consequent = evaluate(node.consequent, ctx, env, depth + 1);
  if (consequent.kind !== 'string' || !isAllText(consequent.parts)) return UNKNOWN;
  const alternate = evaluate(node.alternate, ctx, env, depth + 1);
  if (alternate.kind !== 'string' || !isAllText(alternate.parts)) return UNKNOWN;
  return partsText(consequent.parts) === partsText(alternate.parts) ? consequent : UNKNOWN;
}

export function stringValue(parts: readonly UrlPart[]): Value {
  return { kind: 'string', parts };
}

/** Text written in the source, with its position (for "the path is built at"). */
export function literalText(value: string, node: TSESTree.Node, ctx: ModuleContext, quoteWidth: number): UrlPart {
  return textPart(value, positionOf(ctx, node), { file: ctx.file, start: node.range[0] + quoteWidth });
}

function templateParts(node: TSESTree.TemplateLiteral, ctx: ModuleContext, env: Bindings, depth: number): UrlPart[] {
  const parts: UrlPart[] = [];
  node.quasis.forEach((quasi, index) => {
    const text = quasi.value.cooked ?? quasi.value.raw;
    // A quasi's range includes its delimiters: "`" or "}" before the text.
    parts.push(literalText(text, quasi, ctx, 1));
    const expression = node.expressions[index];
    if (expression) parts.push(...evaluateParts(expression, ctx, env, depth + 1));
  });
  return parts;
}

function computedKey(node: TSESTree.MemberExpression, ctx: ModuleContext, env: Bindings, depth: number): string | undefined {
  if (!node.computed) return undefined;
  const value = evaluate(node.property, ctx, env, depth + 1);
  return value.kind === 'string' && isAllText(value.parts) ? partsText(value.parts) : undefined;
}

// Identifiers

function evaluateIdentifier(node: TSESTree.Identifier, ctx: ModuleContext, env: Bindings, depth: number): Value {
  const variable = resolveVariable(ctx, node);
  if (variable) {
    const binding = env.get(variable);
    if (binding) return evaluateBinding(binding, depth);
  }
  if (isGlobalVariable(variable)) return getGlobalLibraryValue(node.name) ?? UNKNOWN;
  if (!variable) return UNKNOWN;
  return keepReferenceIfAllUnknown(variableValue(variable, ctx, depth));
}

/**
 * A binding whose value is all unknown stays the reference itself (`${BASE}`, `${this.base}`), which
 * is what the codemod can reuse, rather than the expression it was initialised with.
 */
function keepReferenceIfAllUnknown(value: Value): Value {
  if (value.kind === 'string' && !value.parts.some((part) => part.kind === 'text' || part.encoded)) return UNKNOWN;
  return value;
}

/** The value a variable is bound to: a const (or single-assignment let) initialiser, a function, an import. */
// Members

/** `value.name`: an object property, a library member, an instance method, a sibling export... */
export function memberOf(value: Value, name: string, depth: number): Value {
  switch (value.kind) {
    case 'object':
      return getObjectProperty(value, name, depth) ?? UNKNOWN;
    case 'library':
      return getLibraryMember(value.library, value.path, name);
    case 'instance':
      return value.member === null ? { ...value, member: name } : UNKNOWN;
    case 'nock':
    case 'sinon-stub':
      return { ...value, member: name };
    case 'namespace':
      return exportValue(value.file, name, depth);
    case 'enum': {
      const member = value.node.body.members.find((candidate) => getStaticKeyName(candidate.id, false) === name);
      return member?.initializer ? evaluate(member.initializer, value.ctx, EMPTY_BINDINGS, depth + 1) : UNKNOWN;
    }
    case 'url':
      return name === 'href' ? stringValue(value.parts) : UNKNOWN;
    case 'class':
      return getStaticMember(value, name, depth);
    case 'array': {
      const element = /^\d+$/.test(name) ? value.node.elements[Number(name)] : undefined;
      return element && element.type !== AST_NODE_TYPES.SpreadElement ? evaluate(element, value.ctx, value.env, depth + 1) : UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}

/** A static method or field of a class (`static exportUrl(...) {}`, `static BASE = '...'`). */
function getStaticMember(value: Extract<Value, { kind: 'class' }>, name: string, depth: number): Value {
  for (const member of value.node.body.body) {
    if (member.type !== AST_NODE_TYPES.MethodDefinition && member.type !== AST_NODE_TYPES.PropertyDefinition) continue;
    if (!member.static || getStaticKeyName(member.key, member.computed) !== name) continue;
    if (member.type === AST_NODE_TYPES.MethodDefinition)
      return member.kind === 'method' && member.value.body ? { kind: 'function', node: member.value, ctx: value.ctx, env: EMPTY_BINDINGS } : UNKNOWN;
    return member.value ? evaluate(member.value, value.ctx, EMPTY_BINDINGS, depth + 1) : UNKNOWN;
  }
  return UNKNOWN;
}

/**
 * A property of an object literal, later properties and spreads winning over earlier ones.
 * Undefined when the object certainly has no such property; unknown when a spread hides it.
 */
export function getObjectProperty(object: Extract<Value, { kind: 'object' }>, key: string, depth: number): Value | undefined {
  const properties = object.node.properties;
  for (let index = properties.length - 1; index >= 0; index--) {
    const property = properties[index];
    if (!property) continue;
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const spread = evaluate(property.argument, object.ctx, object.env, depth + 1);
      if (spread.kind !== 'object') return UNKNOWN;
      const found = getObjectProperty(spread, key, depth + 1);
      if (found) return found;
      continue;
    }
    if (getStaticKeyName(property.key, property.computed) !== key) continue;
    return evaluate(property.value, object.ctx, object.env, depth + 1);
  }
  return undefined;
}
