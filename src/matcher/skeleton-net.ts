// The second, coarser net beside the exact match: a call the known clients did not match, that
// receives an expression spelling a catalog path's skeleton (skeleton.ts, skeleton-parts.ts), is a
// request to that endpoint until proven otherwise. Proven otherwise: loggers, errors, assertions,
// mocks, route registrations, string and collection operations, and calls whose result is only a
// URL handed on to another call (that call is the sender, and is examined in its own right).
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import type { HttpMethod } from 'workiva-sunset/catalog';
import { getCalleeNames, getMemberName, isFunctionNode, skipTypeWrappers } from './ast.js';
import { callsInertFunction } from './inert-functions.js';
import { isTestDoubleName } from './test-double-names.js';
import { getChainReadings } from './chain-path.js';
import { evaluate } from './resolve-expression.js';
import { resolveVariable, type ModuleContext } from './module-context.js';
import { getRouteTableNames } from './route-tables.js';
import { matchSkeleton } from './skeleton.js';
import { getSkeletonParts, KEEPING_METHODS } from './skeleton-parts.js';
import type { ClientKind, EndpointMatch, RequestSite, SourcePosition, UrlPart } from './types.js';
import { getPartOrigin, mergeTextParts } from './url-parts.js';

/** What a known client said about a call it owns but could not match exactly. */
export interface OwnedCall {
  readonly client: ClientKind | 'mock';
  /** The methods the client reads for the call; empty when it cannot tell. */
  readonly methods: readonly HttpMethod[];
}

/** Names along a callee that describe, log, assert or test rather than send. */
const NON_SENDING_NAMES = new Set([
  'console', 'logger', 'log', 'debug', 'warn', 'info', 'trace', 'error', 'fatal', 'winston', 'pino', 'expect', 'assert', 'should',
  'Error', 'TypeError', 'RangeError', 'RegExp', 'describe', 'it', 'test', 'emit', 'nock', 'msw', 'fetchMock', 'sinon', 'jest', 'vi',
]);
/** Methods that compare, search, store or transform a string or collection. */
const NON_SENDING_METHODS = new Set([
  'push', 'unshift', 'set', 'add', 'has', 'includes', 'indexOf', 'startsWith', 'endsWith', 'test', 'match', 'matchAll', 'exec', 'split',
  'replace', 'replaceAll', 'concat', 'join', 'format', 'resolve', 'localeCompare', 'write', 'writeFile', 'writeFileSync', 'appendFile',
  'stringify', 'parse', 'encodeURI', 'encodeURIComponent', 'String', 'reply', 'intercept', 'use', 'on', 'once', 'addEventListener',
]);
/** Helpers named for setting, checking or serialising a value (`setSearchParams(url, q)`, `assertParamExists`). */
const NON_SENDING_VERB = /^(?:set|assert|validate|serialize|append|normalize|record|track)[A-Z_]/;
/** Receivers whose verb-named members register routes or mocks: they take a handler function. */
const ROUTE_RECEIVERS = new Set(['app', 'router', 'server', 'fastify', 'http', 'rest', 'graphql', 'route', 'mock', 'handlers']);
/** A returned call whose function or callee is named like this builds a URL; other returned calls send. */
const URL_BUILDER_NAME = /url|path|route|href|endpoint|uri|format|fill|build|expand|interpolate|template|join|render|compile/i;
/** A function named after a URL it returns. */
const URL_NOUN = /url|path|route|href|endpoint|uri|location/i;

export function findSkeletonSite(call: TSESTree.CallExpression, owned: OwnedCall | null, ctx: ModuleContext): RequestSite | null {
  if (owned?.client === 'mock' || isNonSending(call) || isCollectionCall(call, ctx) || callsInertFunction(call, ctx)) return null;
  if (owned === null && hasHandlerArgument(call)) return null;
  for (const argument of call.arguments) {
    if (argument.type === AST_NODE_TYPES.SpreadElement) continue;
    const parts = getSkeletonParts(argument, ctx);
    const match = matchSkeleton(parts);
    if (!match) continue;
    if (owned && owned.methods.length > 0 && !owned.methods.includes(match.entry.method)) return null;
    if (!isLibraryClient(owned) && handsOnItsResult(call, ctx)) return null;
    return toSite(call, owned, argument, parts, { ...match, builtAt: getBuiltAt(parts, call, ctx) });
  }
  return findChainSite(call, owned, ctx) ?? findNamedRoute(call, owned, ctx);
}

/** `api.prototype.platform.audits(a)…attachments(f).export.post(body)`: the path spelled by the callee chain. */
function findChainSite(call: TSESTree.CallExpression, owned: OwnedCall | null, ctx: ModuleContext): RequestSite | null {
  for (const parts of getChainReadings(call, ctx)) {
    const match = matchSkeleton(parts);
    if (!match) continue;
    if (owned && owned.methods.length > 0 && !owned.methods.includes(match.entry.method)) return null;
    return toSite(call, owned, call.callee, parts, { ...match, builtAt: null });
  }
  return null;
}

/** `api.call('exportSampleAttachment', params)`: a string literal naming a route of a route table. */
function findNamedRoute(call: TSESTree.CallExpression, owned: OwnedCall | null, ctx: ModuleContext): RequestSite | null {
  if (owned !== null && owned.client !== 'http-helper') return null;
  for (const argument of call.arguments) {
    if (argument.type !== AST_NODE_TYPES.Literal || typeof argument.value !== 'string') continue;
    const parts = getRouteTableNames(ctx).get(argument.value);
    const match = parts ? matchSkeleton(parts) : null;
    if (parts && match) return toSite(call, owned, argument, parts, { ...match, builtAt: getBuiltAt(parts, call, ctx) });
  }
  return null;
}

/** A library client (fetch, axios, got, …) sends what it receives; a team helper's guess may only build it. */
function isLibraryClient(owned: OwnedCall | null): boolean {
  return owned !== null && owned.client !== 'http-helper' && owned.client !== 'mock';
}

export function isNonSending(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  const names = getCalleeNames(callee);
  if (names.some((name) => NON_SENDING_NAMES.has(name) || isTestDoubleName(name))) return true;
  const last = callee.type === AST_NODE_TYPES.MemberExpression ? getMemberName(callee) : callee.type === AST_NODE_TYPES.Identifier ? callee.name : undefined;
  return last !== undefined && (NON_SENDING_METHODS.has(last) || NON_SENDING_VERB.test(last));
}

/** Receivers that store or look up values by key: `cache.get(url)`, `seen.delete(url)`. */
const COLLECTION_RECEIVERS = new Set(['cache', 'map', 'set', 'seen', 'visited', 'store', 'headers', 'searchParams', 'params', 'localStorage', 'sessionStorage', 'registry', 'index']);

/** A method of a `Map`/`Set`/`Headers`… built in this code, or of a receiver named like a collection. */
export function isCollectionCall(call: TSESTree.CallExpression, ctx: ModuleContext): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const receiver = getCalleeNames(callee.object).at(-1);
  if (receiver !== undefined && COLLECTION_RECEIVERS.has(receiver)) return true;
  return evaluate(callee.object, ctx).kind === 'builtin';
}

/** `app.post(path, handler)`, `http.post(path, resolver)`: a route or a mock, not a request. */
function hasHandlerArgument(call: TSESTree.CallExpression): boolean {
  if (!call.arguments.some((argument) => isFunctionNode(skipTypeWrappers(argument)))) return false;
  const callee = skipTypeWrappers(call.callee);
  const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? getCalleeNames(callee.object).at(-1) : undefined;
  return receiver !== undefined && ROUTE_RECEIVERS.has(receiver);
}

/**
 * The call's result is a URL handed to another call (`fetch(withBase(path))`, `const url = fill(t, p);
 * send(url)`), or returned by a URL-building function: the other call is the sender, not this one.
 */
function handsOnItsResult(call: TSESTree.CallExpression, ctx: ModuleContext): boolean {
  let node: TSESTree.Node = call;
  while (node.parent && isTransparent(node.parent)) node = node.parent;
  const parent = node.parent;
  if (!parent) return false;
  if (isArgumentOfCall(node)) return true;
  // `joinSegments(segments).slice(1)`: a string method's receiver is a piece of the URL it returns.
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === node && KEEPING_METHODS.has(getMemberName(parent) ?? '')) return true;
  // A piece of a longer URL: `root + compile(template, ids)`, `${fill(template)}?x=1`.
  if ((parent.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') || parent.type === AST_NODE_TYPES.TemplateLiteral) return true;
  if (parent.type === AST_NODE_TYPES.Property && parent.value === node) return true;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node && parent.id.type === AST_NODE_TYPES.Identifier) {
    const variable = resolveVariable(ctx, parent.id);
    return variable?.references.some((reference) => !reference.isWrite() && flowsIntoArgument(reference.identifier)) ?? false;
  }
  if (parent.type === AST_NODE_TYPES.ReturnStatement || (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === node)) {
    const calleeName = getCalleeNames(call.callee).at(-1) ?? '';
    // The enclosing function must name what it returns (`exportUrl`, `buildPath`): `startRender` sends.
    return URL_BUILDER_NAME.test(calleeName) || URL_NOUN.test(getEnclosingFunctionName(node) ?? '');
  }
  return false;
}

function isTransparent(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion ||
    node.type === AST_NODE_TYPES.ChainExpression
  );
}

/** `send(url)`, `request({ method, path })`, `fetch(`${root}${path}`)`: the value ends up in a call's argument. */
function flowsIntoArgument(node: TSESTree.Node): boolean {
  let current: TSESTree.Node = node;
  while (current.parent && !isArgumentOfCall(current)) {
    const parent: TSESTree.Node = current.parent;
    const carries =
      isTransparent(parent) ||
      (parent.type === AST_NODE_TYPES.Property && parent.value === current) ||
      parent.type === AST_NODE_TYPES.ObjectExpression ||
      parent.type === AST_NODE_TYPES.ArrayExpression ||
      parent.type === AST_NODE_TYPES.TemplateLiteral ||
      (parent.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+');
    if (!carries) return false;
    current = parent;
  }
  return isArgumentOfCall(current);
}

function isArgumentOfCall(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(node as TSESTree.CallExpressionArgument);
}

function getEnclosingFunctionName(node: TSESTree.Node): string | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    if (current.id) return current.id.name;
    const holder = current.parent;
    if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier) return holder.id.name;
    if ((holder?.type === AST_NODE_TYPES.Property || holder?.type === AST_NODE_TYPES.MethodDefinition || holder?.type === AST_NODE_TYPES.PropertyDefinition) && holder.key.type === AST_NODE_TYPES.Identifier)
      return holder.key.name;
    return undefined;
  }
  return undefined;
}

/** A text part where a catalog path starts: its `builtAt` is where the path was written. */
export const CATALOG_PATH_START = /(?:^|\/)(?:prototype|audits)(?:\/|$)/;

/** Where the path's text was written, when that is outside the sending call. */
function getBuiltAt(parts: readonly UrlPart[], call: TSESTree.CallExpression, ctx: ModuleContext): SourcePosition | null {
  for (const part of parts) {
    if (part.kind !== 'text' || !CATALOG_PATH_START.test(part.value)) continue;
    const origin = getPartOrigin(part);
    if (!origin || !part.at) continue;
    const inside = origin.file === ctx.file && origin.start >= call.range[0] && origin.start < call.range[1];
    return inside ? null : part.at;
  }
  return null;
}

function toSite(call: TSESTree.CallExpression, owned: OwnedCall | null, urlNode: TSESTree.Node, parts: readonly UrlPart[], match: EndpointMatch): RequestSite {
  return {
    node: call,
    client: owned && owned.client !== 'mock' ? owned.client : 'unidentified',
    method: match.entry.method,
    urlNode,
    url: mergeTextParts(parts),
    match,
    options: null,
    opaqueOptions: null,
    instance: null,
    chain: [],
    mock: false,
    mockLibrary: null,
    foundBySkeleton: true,
  };
}

