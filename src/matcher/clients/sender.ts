// What every client module reports about a call it recognises, before the URL is matched against
// the catalog, and the small helpers the client modules share.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import type { HttpMethod } from 'workiva-sunset/catalog';
import { findProperty, getMemberName, skipTypeWrappers } from '../ast.js';
import { readConfigMethod, type MethodReading } from '../http-method.js';
import type { ModuleContext } from '../module-context.js';
import { evaluate, evaluateParts, getObjectProperty, valueToParts } from '../resolve-expression.js';
import type { ClientKind, MatcherOptions, MockLibrary, RequestSite, UrlPart } from '../types.js';
import { EMPTY_BINDINGS, type Value } from '../values.js';

export interface SenderCall {
  readonly client: ClientKind;
  /** `any` for a mock that answers every method (fetch-mock's `mock(url)`). */
  readonly method: MethodReading | 'any';
  readonly urlNode: TSESTree.Node;
  /** The full URL: instance base URL joined with the call's URL. */
  readonly url: readonly UrlPart[];
  /** The URL has an unseen base (instance or helper whose base URL is unknown). */
  readonly implicitBase: boolean;
  readonly options: TSESTree.ObjectExpression | null;
  readonly opaqueOptions: TSESTree.Node | null;
  readonly instance: RequestSite['instance'];
  readonly chain: readonly TSESTree.CallExpression[];
  readonly mockLibrary: MockLibrary | null;
}

export interface CallInfo {
  readonly call: TSESTree.CallExpression;
  readonly ctx: ModuleContext;
  /** The value of the callee (`axios.post` → library axios, path ['post']). */
  readonly callee: Value;
  readonly options: MatcherOptions;
}

/** A client module: the candidate sends of a call (empty when the call is not this client's). */
export type ClientDetector = (info: CallInfo) => readonly SenderCall[] | null;

export function isPlainArgument(node: TSESTree.CallExpressionArgument | undefined): node is TSESTree.Expression {
  return node !== undefined && node.type !== AST_NODE_TYPES.SpreadElement;
}

/** Options as the contract wants them: the literal object, or the expression as passed. */
export function splitOptions(node: TSESTree.Node | undefined): { options: TSESTree.ObjectExpression | null; opaqueOptions: TSESTree.Node | null } {
  if (!node) return { options: null, opaqueOptions: null };
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.ObjectExpression) return { options: target, opaqueOptions: null };
  return { options: null, opaqueOptions: node };
}

/** The method of a request: explicit config first, then the client's default (GET). */
export function methodFromConfig(config: TSESTree.Node | undefined, info: CallInfo, fallback: HttpMethod = 'GET'): MethodReading {
  if (!config) return fallback;
  return readConfigMethod(evaluate(config, info.ctx)) ?? fallback;
}

/** A property of a config argument as URL parts, with the node to report (the property value when it is in this file). */
export function configProperty(
  config: TSESTree.Node,
  key: string,
  info: CallInfo,
): { parts: UrlPart[]; node: TSESTree.Node } | undefined {
  const value = evaluate(config, info.ctx);
  if (value.kind !== 'object') return undefined;
  const property = getObjectProperty(value, key, 0);
  if (!property) return undefined;
  const propertyNode = findProperty(value.node, key)?.value;
  if (!propertyNode) return { parts: valueToParts(property, config, info.ctx, EMPTY_BINDINGS), node: config };
  const parts = valueToParts(property, propertyNode, value.ctx, value.env);
  return { parts, node: value.ctx.isMain ? propertyNode : config };
}

export function urlArgument(node: TSESTree.Node, info: CallInfo): UrlPart[] {
  return evaluateParts(node, info.ctx);
}

const PROMISE_METHODS = new Set(['then', 'catch', 'finally']);

/** Builder calls chained onto a call (`.set(...).send(...)`), innermost first, up to a promise method. */
export function collectChain(call: TSESTree.CallExpression): TSESTree.CallExpression[] {
  const chain: TSESTree.CallExpression[] = [];
  let current: TSESTree.Node = call;
  for (;;) {
    const member: TSESTree.Node | undefined = current.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== current) break;
    const next: TSESTree.Node | undefined = member.parent;
    if (next?.type !== AST_NODE_TYPES.CallExpression || next.callee !== member) break;
    const name = getMemberName(member);
    if (name === undefined || PROMISE_METHODS.has(name)) break;
    chain.push(next);
    current = next;
  }
  return chain;
}

/** The receiver of a member call (`api` in `api.post(...)`), or the callee itself for a direct call. */
export function receiverOf(call: TSESTree.CallExpression): TSESTree.Node {
  const callee = skipTypeWrappers(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : callee;
}
