// Per-client readers: which call arguments hold the body, headers and signal, and which options
// a client may carry that the drop-in cannot reproduce. Each returns the range the drop-in replaces.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import type { RequestSite } from '../matcher/types.js';
import { getCalledMethodName, getPropertyName, getStringValue, unwrapExpression } from './ast.js';
import { carry, isPdfBody, readAuthorization, readHeaders, readProperties, resolveObject, textOf, type CarriedOptions, type ReadContext } from './carry.js';
import { manual } from './manual.js';

type Range = readonly [number, number];

/** Options a client accepts that do not change what the export returns once it has completed. */
const IGNORED_OPTIONS = {
  fetch: new Set(['method', 'keepalive', 'cache', 'priority']),
  axios: new Set(['method', 'url', 'baseURL', 'timeout']),
  got: new Set(['method', 'prefixUrl', 'timeout', 'retry']),
  ky: new Set(['method', 'prefixUrl', 'timeout', 'retry']),
} as const;

/** fetch / node-fetch / undici.fetch: `fetch(url, init)`. */
export function readFetch(call: TSESTree.CallExpression, carried: CarriedOptions, context: ReadContext): Range {
  if (call.arguments.length !== 2 || !call.arguments[1]) manual('fetch is not called as fetch(url, { method, headers, body })');
  readFetchInit(call.arguments[1], carried, context, 'fetch option');
  return call.range;
}

/** `fetch(new Request(url, init))`: the fetch call is replaced. */
export function readRequestObject(node: TSESTree.CallExpression | TSESTree.NewExpression, carried: CarriedOptions, context: ReadContext): Range {
  let fetchCall: TSESTree.CallExpression;
  let request: TSESTree.NewExpression;
  if (node.type === AST_NODE_TYPES.NewExpression) {
    const parent = node.parent;
    if (parent.type !== AST_NODE_TYPES.CallExpression || parent.arguments.length !== 1 || parent.arguments[0] !== node || !isFetchCallee(parent.callee)) {
      manual('the `new Request(...)` is not passed straight to fetch');
    }
    fetchCall = parent;
    request = node;
  } else {
    const first = node.arguments[0] && unwrapExpression(node.arguments[0]);
    if (first?.type !== AST_NODE_TYPES.NewExpression || node.arguments.length !== 1) manual('the `new Request(...)` is not passed straight to fetch');
    fetchCall = node;
    request = first;
  }
  const init = request.arguments[1];
  if (request.arguments.length !== 2 || !init) manual('the Request is not built as new Request(url, { method, headers, body })');
  readFetchInit(init, carried, context, 'Request option');
  return fetchCall.range;
}

function isFetchCallee(callee: TSESTree.Node): boolean {
  if (callee.type === AST_NODE_TYPES.Identifier) return /fetch$/i.test(callee.name);
  return callee.type === AST_NODE_TYPES.MemberExpression && /fetch$/i.test(getPropertyName(callee) ?? '');
}

function readFetchInit(init: TSESTree.Node, carried: CarriedOptions, context: ReadContext, what: string): void {
  const object = resolveObject(init, context);
  if (!object) manual(`the fetch options \`${textOf(init, context)}\` are not an object literal the codemod can read`);
  const properties = readProperties(object, 'the fetch options', context);
  let hasBody = false;
  for (const [name, property] of properties) {
    if (IGNORED_OPTIONS.fetch.has(name)) continue;
    if (name === 'headers') readHeaders(property.value, carried, context);
    else if (name === 'signal') carried.signal = carry(property.value, 'signal', context);
    else if (name === 'body') {
      if (!isPdfBody(property.value, context, true)) manual(`the request body \`${textOf(property.value, context)}\` is not {"format":"pdf"}`);
      hasBody = true;
    } else manual(`${what} \`${name}\` cannot be carried over to the wrapper`);
  }
  if (!hasBody) manual('the request sends no {"format":"pdf"} body');
}

/** axios.post(url, data, config), axios(config), axios(url, config), axios.request(config), and instances. */
export function readAxios(call: TSESTree.CallExpression, site: RequestSite, carried: CarriedOptions, context: ReadContext): Range {
  const method = getCalledMethodName(call);
  const args = call.arguments;
  if (method === 'post') {
    if (args.length < 2 || !args[1]) manual('axios.post is called without the {"format":"pdf"} body');
    if (!isAxiosPdfData(args[1], context)) manual(`the request body \`${textOf(args[1], context)}\` is not {"format":"pdf"}`);
    if (args[2]) readAxiosConfig(args[2], carried, context, false);
    if (args.length > 3) manual('axios.post is called with more than three arguments');
    return call.range;
  }
  if (method !== undefined && method !== 'request') manual(`axios.${method}(...) has no drop-in`);
  const configNode = args[0] === site.urlNode ? args[1] : args[0];
  if (!configNode || args.length > 2) manual('the axios call is not axios(config) or axios(url, config)');
  readAxiosConfig(configNode, carried, context, true);
  return call.range;
}

function isAxiosPdfData(node: TSESTree.Node, context: ReadContext): boolean {
  return isPdfBody(node, context, false) || isPdfBody(node, context, true);
}

function readAxiosConfig(node: TSESTree.Node, carried: CarriedOptions, context: ReadContext, needsData: boolean): void {
  const object = resolveObject(node, context);
  if (!object) manual(`the axios config \`${textOf(node, context)}\` is not an object literal the codemod can read`);
  let hasData = false;
  for (const [name, property] of readProperties(object, 'the axios config', context)) {
    if (IGNORED_OPTIONS.axios.has(name)) continue;
    if (name === 'headers') readHeaders(property.value, carried, context, true);
    else if (name === 'signal') carried.signal = carry(property.value, 'signal', context);
    else if (name === 'data' && needsData) {
      if (!isAxiosPdfData(property.value, context)) manual(`the request body \`${textOf(property.value, context)}\` is not {"format":"pdf"}`);
      hasData = true;
    } else manual(`axios option \`${name}\` cannot be carried over to the wrapper`);
  }
  if (needsData && !hasData) manual('the axios request sends no {"format":"pdf"} body');
}

/** got.post(url, options) / got(url, { method }) and ky.post(url, options) / ky(url, { method }). */
export function readGotOrKy(client: 'got' | 'ky', call: TSESTree.CallExpression, carried: CarriedOptions, context: ReadContext): Range {
  const method = getCalledMethodName(call);
  if (method !== undefined && method !== 'post') {
    manual(`${client}.${method}(...) has no drop-in`);
  }
  if (call.callee.type === AST_NODE_TYPES.MemberExpression && call.callee.object.type === AST_NODE_TYPES.MemberExpression && getPropertyName(call.callee.object) === 'stream') {
    manual('got.stream has no drop-in');
  }
  const options = call.arguments[1];
  if (call.arguments.length !== 2 || !options) manual(`${client} is not called as ${client}.post(url, options)`);
  const object = resolveObject(options, context);
  if (!object) manual(`the ${client} options \`${textOf(options, context)}\` are not an object literal the codemod can read`);
  let hasBody = false;
  for (const [name, property] of readProperties(object, `the ${client} options`, context)) {
    if (IGNORED_OPTIONS[client].has(name)) continue;
    if (name === 'headers') readHeaders(property.value, carried, context);
    else if (name === 'signal') carried.signal = carry(property.value, 'signal', context);
    else if (name === 'json' || name === 'body') {
      if (!isPdfBody(property.value, context, name === 'body')) manual(`the request body \`${textOf(property.value, context)}\` is not {"format":"pdf"}`);
      hasBody = true;
    } else if (client === 'got' && name === 'responseType' && getStringValue(property.value) === 'text') continue;
    else manual(`${client} option \`${name}\` cannot be carried over to the wrapper`);
  }
  if (!hasBody) manual('the request sends no {"format":"pdf"} body');
  assertPlainPromiseUse(call, client);
  return call.range;
}

/** got and ky return promises with body shortcuts (`.json()`, `.text()`...) that the drop-in does not have. */
function assertPlainPromiseUse(call: TSESTree.CallExpression, client: string): void {
  const parent = call.parent;
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === call) {
    const name = getPropertyName(parent);
    if (name !== 'then' && name !== 'catch' && name !== 'finally') manual(`\`.${name ?? '[…]'}\` is chained on the ${client} call; the drop-in resolves to a plain response`);
  }
}

/** superagent.post(url).set(...).send(...): the whole builder chain is replaced. */
export function readSuperagent(node: TSESTree.CallExpression, carried: CarriedOptions, context: ReadContext): Range {
  let outer: TSESTree.CallExpression = node;
  let hasBody = false;
  for (;;) {
    const member = outer.parent;
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== outer) break;
    const name = getPropertyName(member);
    if (name === 'then' || name === 'catch' || name === 'finally') break;
    const call = member.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) manual(`superagent \`.${name ?? '[…]'}\` is used without being called`);
    if (name === 'end' || name === 'pipe' || name === 'on' || name === 'once') manual(`superagent chain with callbacks (\`.${name}(...)\`)`);
    const args = call.arguments;
    if (name === 'set') readSuperagentSet(call, carried, context);
    else if (name === 'send') {
      if (args.length !== 1 || !args[0] || !isAxiosPdfData(args[0], context)) manual(`the request body \`${textOf(call, context)}\` is not {"format":"pdf"}`);
      hasBody = true;
    } else if (name === 'auth' && args.length === 2 && args[1] && isBearerAuthOption(args[1])) {
      carried.token = carry(args[0] as TSESTree.Node, 'token', context);
    } else if (name !== 'type' && name !== 'accept' && name !== 'timeout' && name !== 'retry') {
      manual(`superagent \`.${name ?? '[…]'}(...)\` cannot be carried over to the wrapper`);
    }
    outer = call;
  }
  if (!hasBody) manual('the superagent request sends no {"format":"pdf"} body');
  return outer.range;
}

function readSuperagentSet(call: TSESTree.CallExpression, carried: CarriedOptions, context: ReadContext): void {
  const [first, second] = call.arguments;
  if (call.arguments.length === 1 && first) return readHeaders(first, carried, context);
  const name = first && getStringValue(first);
  if (call.arguments.length !== 2 || name === undefined || !second) manual(`superagent \`${textOf(call.callee, context)}(...)\` sets a header the codemod cannot read`);
  const lower = name.toLowerCase();
  if (lower === 'content-type' || lower === 'accept' || lower === 'content-length' || lower === 'x-version') return;
  if (lower === 'authorization') return readAuthorization(second, carried, context);
  carried.headers.push([/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`, carry(second, `header ${name}`, context)]);
}

function isBearerAuthOption(node: TSESTree.Node): boolean {
  const object = unwrapExpression(node);
  if (object.type !== AST_NODE_TYPES.ObjectExpression || object.properties.length !== 1) return false;
  const property = object.properties[0];
  return property?.type === AST_NODE_TYPES.Property && getPropertyName(property) === 'type' && getStringValue(property.value) === 'bearer';
}
