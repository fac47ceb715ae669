// Values of calls and `new` expressions: string methods (`.replace()`, `.join()`), URL objects,
// helper calls, client instances (`axios.create`, `got.extend`, `ky.create`), mock scopes.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { getMemberName, getStaticKeyName, skipTypeWrappers } from './ast.js';
import { callFunction } from './bindings.js';
import { exportValue, moduleValue } from './declarations.js';
import { isGlobalVariable, positionOf, resolveVariable, type ModuleContext } from './module-context.js';
import { dynamicPart, evaluate, evaluateParts, getObjectProperty, memberOf, stringValue, valueToParts } from './resolve-expression.js';
import { urlTextMentionsKeyword } from './sibling-files.js';
import { cutParts, joinArrayParts, joinPathParts, replaceAnchored, replaceInParts, resolveUrlAgainstBase, trimParts, type Anchor } from './string-operations.js';
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

/** `.replace()`, `.concat()`, `.toString()`, cuts and trims on a string or URL; `.join()` on an array literal. */
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
      return stringValue(object.parts);
    case 'trim':
    case 'trimStart':
    case 'trimLeft':
    case 'trimEnd':
    case 'trimRight':
      return stringValue(trimParts(object.parts, !/End|Right/.test(name), !/Start|Left/.test(name)));
    case 'slice':
    case 'substring':
    case 'substr': {
      const numbers = args.map((arg) => readInteger(arg, ctx, env, depth));
      if (numbers.some((value) => value === undefined)) return UNKNOWN;
      const cut = cutParts(object.parts, name, numbers as number[]);
      return cut ? stringValue(cut) : UNKNOWN;
    }
    case 'concat':
      return stringValue([...object.parts, ...args.flatMap((arg) => evaluateParts(arg, ctx, env, depth + 1))]);
    case 'replace':
    case 'replaceAll': {
      const [pattern, replacement] = args;
      if (object.kind !== 'string' || !pattern || !replacement) return UNKNOWN;
      const search = replacePattern(pattern, ctx, env, depth);
      if (!search) return UNKNOWN;
      const replacementParts = evaluateParts(replacement, ctx, env, depth + 1);
      if (search.anchor) {
        const replaced = replaceAnchored(object.parts, search.text, search.anchor, replacementParts);
        return replaced ? stringValue(replaced) : UNKNOWN;
      }
      return stringValue(replaceInParts(object.parts, search.text, replacementParts, search.global || name === 'replaceAll'));
    }
    default:
      return undefined;
  }
}

/** An integer argument of a cut: a number literal, `-n`, or a const holding one. */
function readInteger(node: TSESTree.CallExpressionArgument, ctx: ModuleContext, env: Bindings, depth: number): number | undefined {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.UnaryExpression && target.operator === '-') {
    const negated = readInteger(target.argument, ctx, env, depth);
    return negated === undefined ? undefined : -negated;
  }
  if (target.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const value = evaluate(target, ctx, env, depth + 1);
  if (value.kind !== 'string' || !isAllText(value.parts)) return undefined;
  const text = partsText(value.parts);
  return /^-?\d+$/.test(text) ? Number(text) : undefined;
}

/** A regex of literal characters anchored at one end, the last one possibly repeated: `/^\/+/`, `/\/$/`. */
const ANCHORED_REGEX = /^(\^?)((?:\\.|[^\\.*+?()[\]{}|^$])+?)(\+?)(\$?)$/;

/**
 * A `.replace()` pattern as plain text: a string, a regex made only of literal characters, or one
 * anchored at the start or the end (`/^\/+/` strips leading slashes for a ky `prefixUrl`).
 */
function replacePattern(
  pattern: TSESTree.Node,
  ctx: ModuleContext,
  env: Bindings,
  depth: number,
): { text: string; global: boolean; anchor?: Anchor } | undefined {
  if (pattern.type === AST_NODE_TYPES.Literal && 'regex' in pattern && pattern.regex) {
    const source = pattern.regex.pattern.replace(/\\b/g, '');
    const anchored = ANCHORED_REGEX.exec(source);
    if (anchored && (anchored[1] === '^') !== (anchored[4] === '$')) {
      const text = (anchored[2] ?? '').replace(/\\(.)/g, '$1');
      if (anchored[3] === '+' && text.length !== 1) return undefined;
      return { text, global: false, anchor: { at: anchored[1] === '^' ? 'start' : 'end', repeat: anchored[3] === '+' } };
    }
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
      if (callee.library === 'path' && (member === 'join' || member === 'posix.join')) return pathJoinValue(node, ctx, env, depth);
      if (callee.library === 'url' && member === 'resolve' && first && second)
        return stringValue(resolveUrlAgainstBase(evaluateParts(second, ctx, env, depth + 1), evaluateParts(first, ctx, env, depth + 1)));
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

function pathJoinValue(node: TSESTree.CallExpression, ctx: ModuleContext, env: Bindings, depth: number): Value {
  const segments: UrlPart[][] = [];
  for (const argument of node.arguments) {
    if (argument.type === AST_NODE_TYPES.SpreadElement) return UNKNOWN;
    segments.push(evaluateParts(argument, ctx, env, depth + 1));
  }
  const joined = joinPathParts(segments);
  return joined ? stringValue(joined) : UNKNOWN;
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

/** `new url.URL(...)` / `import { URL } from 'node:url'`. */
function isUrlModuleMember(callee: TSESTree.Node, ctx: ModuleContext, env: Bindings, depth: number): boolean {
  if (callee.type !== AST_NODE_TYPES.Identifier && callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (callee.type === AST_NODE_TYPES.Identifier && isGlobalVariable(resolveVariable(ctx, callee))) return false;
  const value = evaluate(callee, ctx, env, depth + 1);
  return value.kind === 'library' && value.library === 'url' && value.path.join('.') === 'URL';
}

export function evaluateNew(node: TSESTree.NewExpression, ctx: ModuleContext, env: Bindings, depth: number): Value {
  const callee = skipTypeWrappers(node.callee);
  const [first, second] = node.arguments;
  const isUrl = isGlobalIdentifier(callee, ctx, 'URL') || isUrlModuleMember(callee, ctx, env, depth);
  if (isUrl && first) {
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
