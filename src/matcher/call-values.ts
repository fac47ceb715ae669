// Values of calls and `new` expressions: string methods (`.replace()`, `.join()`), URL objects,
// helper calls, client instances (`axios.create`, `got.extend`, `ky.create`), mock scopes.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { getMemberName, getStaticKeyName, skipTypeWrappers } from './ast.js';
import { callFunction } from './bindings.js';
import { exportValue, moduleValue } from './declarations.js';
import { isGlobalVariable, positionOf, resolveVariable, type ModuleContext } from './module-context.js';
import { dynamicPart, evaluate, evaluateParts, getObjectProperty, memberOf, stringValue, valueToParts } from './resolve-expression.js';
import { urlTextMentionsKeyword } from './sibling-files.js';
import { joinArrayParts, replaceInParts, resolveUrlAgainstBase } from './string-operations.js';
import type { UrlPart } from './types.js';
import { isAllText, partsText, textPart } from './url-parts.js';
import { UNKNOWN, type Bindings, type Value } from './values.js';

const BUILTIN_CONSTRUCTORS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'URLSearchParams', 'Headers', 'FormData', 'Array', 'Object']);

function isGlobalIdentifier(node: TSESTree.Node, ctx: ModuleContext, name: string): boolean {
  return node.type === AST_NODE_TYPES.Identifier && node.name === name && isGlobalVariable(resolveVariable(ctx, node));
}

export function evaluateCall(node: TSESTree.CallExpression, ctx: ModuleContext, env: Bindings, depth: number): Value {
  const callee = skipTypeWrappers(node.callee);
  const [first] = node.arguments;
  if (callee.type === AST_NODE_TYPES.Identifier && isGlobalVariable(resolveVariable(ctx, callee))) {
    switch (callee.name) {
      case 'String':
      case 'encodeURI':
        return first ? stringValue(evaluateParts(first, ctx, env, depth + 1)) : UNKNOWN;
      case 'encodeURIComponent':
        return first ? stringValue([encodedParts(first, ctx, env, depth)]) : UNKNOWN;
      case 'require':
        return first?.type === AST_NODE_TYPES.Literal && typeof first.value === 'string' ? moduleValue(first.value, ctx) : UNKNOWN;
      default:
        break;
    }
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const name = getMemberName(callee);
    if (name === undefined) return UNKNOWN;
    const object = evaluate(callee.object, ctx, env, depth + 1);
    const fromString = stringMethod(object, name, node, ctx, env, depth);
    if (fromString) return fromString;
    return callValue(memberOf(object, name, depth), node, ctx, env, depth);
  }
  return callValue(evaluate(callee, ctx, env, depth + 1), node, ctx, env, depth);
}

function encodedParts(argument: TSESTree.Node, ctx: ModuleContext, env: Bindings, depth: number): UrlPart {
  const parts = evaluateParts(argument, ctx, env, depth + 1);
  if (isAllText(parts)) return textPart(encodeURIComponent(partsText(parts)), parts[0]?.at ?? positionOf(ctx, argument), null);
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only?.kind === 'dynamic') return { ...only, encoded: true };
  return dynamicPart(argument, ctx, env, true);
}

/** `.replace()`, `.concat()`, `.toString()` on a string or URL; `.join()` on an array literal. */
function stringMethod(object: Value, name: string, node: TSESTree.CallExpression, ctx: ModuleContext, env: Bindings, depth: number): Value | undefined {
  const args = node.arguments;
  if (object.kind === 'array' && name === 'join') {
    const separator = args[0] ? evaluate(args[0], ctx, env, depth + 1) : stringValue([textPart(',', null, null)]);
    if (separator.kind !== 'string' || !isAllText(separator.parts)) return UNKNOWN;
    const elements: UrlPart[][] = [];
    for (const element of object.node.elements) {
      if (!element || element.type === AST_NODE_TYPES.SpreadElement) return UNKNOWN;
      elements.push(evaluateParts(element, object.ctx, object.env, depth + 1));
    }
    return stringValue(joinArrayParts(elements, partsText(separator.parts)));
  }
  if (object.kind !== 'string' && object.kind !== 'url') return undefined;
  switch (name) {
    case 'toString':
    case 'toJSON':
    case 'valueOf':
    case 'trim':
      return stringValue(object.parts);
    case 'concat':
      return stringValue([...object.parts, ...args.flatMap((arg) => evaluateParts(arg, ctx, env, depth + 1))]);
    case 'replace':
    case 'replaceAll': {
      const [pattern, replacement] = args;
      if (object.kind !== 'string' || !pattern || !replacement) return UNKNOWN;
      const search = replacePattern(pattern, ctx, env, depth);
      if (!search) return UNKNOWN;
      const replacementParts = evaluateParts(replacement, ctx, env, depth + 1);
      return stringValue(replaceInParts(object.parts, search.text, replacementParts, search.global || name === 'replaceAll'));
    }
    default:
      return undefined;
  }
}

/** A `.replace()` pattern as plain text: a string, or a regex made only of literal characters. */
function replacePattern(pattern: TSESTree.Node, ctx: ModuleContext, env: Bindings, depth: number): { text: string; global: boolean } | undefined {
  if (pattern.type === AST_NODE_TYPES.Literal && 'regex' in pattern && pattern.regex) {
    const source = pattern.regex.pattern.replace(/\\b/g, '');
    if (/(^|[^\\])[.*+?()[\]|^$]/.test(source)) return undefined;
    return { text: source.replace(/\\(.)/g, '$1'), global: pattern.regex.flags.includes('g') };
  }
  const value = evaluate(pattern, ctx, env, depth + 1);
  return value.kind === 'string' && isAllText(value.parts) ? { text: partsText(value.parts), global: false } : undefined;
}

/** The value of calling `callee`: a helper's return, a client instance, a mock scope... */
function callValue(callee: Value, node: TSESTree.CallExpression, ctx: ModuleContext, env: Bindings, depth: number): Value {
  const [first, second] = node.arguments;
  switch (callee.kind) {
    case 'function':
      return callFunction(callee, node, ctx, env, depth);
    case 'unloaded-export': {
      // A helper in a sibling without endpoint text of its own, called with some: parse it after all.
      if (!argumentsMentionKeyword(node, ctx, env, depth)) return UNKNOWN;
      const helper = exportValue(callee.file, callee.name, depth, true);
      return helper.kind === 'function' ? callFunction(helper, node, ctx, env, depth) : UNKNOWN;
    }
    case 'library': {
      const member = callee.path.join('.');
      if (callee.library === 'axios' && member === 'create') return instanceValue('axios', null, first, ['baseURL'], ctx, env, depth);
      if (callee.library === 'got' && member === 'extend') return instanceValue('got', null, first, ['prefixUrl'], ctx, env, depth);
      if (callee.library === 'ky' && (member === 'create' || member === 'extend'))
        return instanceValue('ky', null, first, ['prefixUrl', 'prefix', 'baseUrl'], ctx, env, depth);
      if (callee.library === 'nock' && member === '')
        return { kind: 'nock', baseUrl: first ? evaluateParts(first, ctx, env, depth + 1) : [], member: null };
      if (callee.library === 'sinon' && (member === 'stub' || member === 'spy' || member === 'replace')) {
        const stubbed = second ? evaluate(second, ctx, env, depth + 1) : UNKNOWN;
        const stubbedName = stubbed.kind === 'string' && isAllText(stubbed.parts) ? partsText(stubbed.parts) : null;
        return { kind: 'sinon-stub', stubbed: stubbedName, target: first ? evaluate(first, ctx, env, depth + 1) : UNKNOWN, member: null };
      }
      if (callee.library === 'sinon' && member === 'createSandbox') return { kind: 'library', library: 'sinon', path: [] };
      return { kind: 'library-result', library: callee.library };
    }
    case 'instance':
      if (callee.member === 'extend' || callee.member === 'create') {
        const keys = callee.client === 'axios' ? ['baseURL'] : callee.client === 'got' ? ['prefixUrl'] : ['prefixUrl', 'prefix', 'baseUrl'];
        return instanceValue(callee.client, callee.baseUrl, first, keys, ctx, env, depth);
      }
      return { kind: 'library-result', library: callee.client };
    case 'nock':
      return { kind: 'nock', baseUrl: callee.baseUrl, member: null };
    case 'sinon-stub':
      return { ...callee, member: null };
    default:
      return UNKNOWN;
  }
}

function argumentsMentionKeyword(node: TSESTree.CallExpression, ctx: ModuleContext, env: Bindings, depth: number): boolean {
  return node.arguments.some((argument) => {
    if (argument.type === AST_NODE_TYPES.SpreadElement) return false;
    const parts = evaluateParts(argument, ctx, env, depth + 1);
    return urlTextMentionsKeyword(parts.map((part) => (part.kind === 'text' ? part.value : '/')).join(''));
  });
}

function instanceValue(
  client: 'axios' | 'got' | 'ky',
  inheritedBase: readonly UrlPart[] | null,
  config: TSESTree.Node | undefined,
  keys: readonly string[],
  ctx: ModuleContext,
  env: Bindings,
  depth: number,
): Value {
  if (!config) return { kind: 'instance', client, baseUrl: inheritedBase ?? [], member: null };
  const configValue = evaluate(config, ctx, env, depth + 1);
  // A config we cannot read may carry a base URL we do not know: null. A config without one: inherited or none.
  if (configValue.kind !== 'object') return { kind: 'instance', client, baseUrl: null, member: null };
  let baseUrl: readonly UrlPart[] | null = inheritedBase ?? [];
  for (const key of keys) {
    const property = getObjectProperty(configValue, key, depth + 1);
    if (!property) continue;
    const propertyNode = findPropertyValueNode(configValue.node, key);
    baseUrl = propertyNode ? valueToParts(property, propertyNode, configValue.ctx, configValue.env) : null;
    break;
  }
  return { kind: 'instance', client, baseUrl, member: null };
}

function findPropertyValueNode(object: TSESTree.ObjectExpression, key: string): TSESTree.Node | undefined {
  for (let index = object.properties.length - 1; index >= 0; index--) {
    const property = object.properties[index];
    if (property?.type === AST_NODE_TYPES.Property && getStaticKeyName(property.key, property.computed) === key) return property.value;
  }
  return undefined;
}

export function evaluateNew(node: TSESTree.NewExpression, ctx: ModuleContext, env: Bindings, depth: number): Value {
  const callee = skipTypeWrappers(node.callee);
  const [first, second] = node.arguments;
  if (isGlobalIdentifier(callee, ctx, 'URL') && first) {
    const input = evaluateParts(first, ctx, env, depth + 1);
    const base = second ? evaluateParts(second, ctx, env, depth + 1) : null;
    return { kind: 'url', parts: base ? resolveUrlAgainstBase(input, base) : input };
  }
  const calleeValue = evaluate(callee, ctx, env, depth + 1);
  const isRequest = isGlobalIdentifier(callee, ctx, 'Request') || (calleeValue.kind === 'library' && calleeValue.path.at(-1) === 'Request');
  if (isRequest) return { kind: 'request', node, ctx, env };
  if (callee.type === AST_NODE_TYPES.Identifier && BUILTIN_CONSTRUCTORS.has(callee.name) && isGlobalVariable(resolveVariable(ctx, callee)))
    return { kind: 'builtin', name: callee.name };
  return UNKNOWN;
}
