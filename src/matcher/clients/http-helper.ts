// A team's own request helpers: member calls named like HTTP verbs on an unknown receiver
// (`api.post(path)`, `this.http.post(...)`), calls with a method string next to the URL
// (`request('POST', path, body)`), config objects with `method` and `url`/`path`
// (`call({ method: 'POST', path })`) and the names in `options.additionalSenders`.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { getCalleeNames, getDottedName, getMemberName, isFunctionNode, skipTypeWrappers } from '../ast.js';
import { getMethodFromName, readConfigMethod, readMethodValue, type MethodReading } from '../http-method.js';
import { callsInertFunction } from '../inert-functions.js';
import { isTestDoubleName } from '../test-double-names.js';
import { evaluate } from '../resolve-expression.js';
import { configProperty, isPlainArgument, splitOptions, urlArgument, type CallInfo, type SenderCall } from './sender.js';

const HELPER_MEMBERS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'request', 'fetch', 'send']);
const URL_KEYS = ['url', 'path', 'uri', 'endpoint', 'href'];
/** Callee names that log, assert or describe rather than send; also mock scopes by name (`nock(base).post(path)`), imported or declared locally. */
const NON_SENDING_NAMES = new Set(['console', 'logger', 'log', 'debug', 'expect', 'assert', 'winston', 'pino', 'Error', 'TypeError', 'nock', 'fetchMock']);
const LOGGING_MEMBERS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal', 'verbose', 'silly']);
/** Receivers whose verb-named members register routes or read collections, not send requests. */
const NON_CLIENT_RECEIVERS = new Set(['app', 'router', 'server', 'fastify', 'route', 'headers', 'searchParams', 'params', 'cache', 'map', 'localStorage', 'sessionStorage']);
const CLIENT_LIKE_VALUES = new Set(['unknown', 'object', 'function', 'class', 'namespace', 'unloaded-export']);

function isNonSendingCallee(callee: TSESTree.Node): boolean {
  const names = getCalleeNames(callee);
  const last = names[names.length - 1];
  return names.some((name) => NON_SENDING_NAMES.has(name) || isTestDoubleName(name)) || (names.length > 1 && last !== undefined && LOGGING_MEMBERS.has(last));
}

function isAdditionalSender(callee: TSESTree.Node, senders: readonly string[] | undefined): boolean {
  if (!senders || senders.length === 0) return false;
  const dotted = getDottedName(callee);
  const last = callee.type === AST_NODE_TYPES.MemberExpression ? getMemberName(callee) : dotted;
  return senders.some((sender) => sender === dotted || (!sender.includes('.') && sender === last) || (dotted?.endsWith(`.${sender}`) ?? false));
}

function helperCall(fields: Pick<SenderCall, 'method' | 'urlNode' | 'url'> & Partial<SenderCall>, receiver: TSESTree.Node | null): SenderCall {
  return {
    client: 'http-helper',
    implicitBase: true,
    options: null,
    opaqueOptions: null,
    instance: receiver ? { node: receiver, baseUrl: null } : null,
    chain: [],
    mockLibrary: null,
    ...fields,
  };
}

export function detectHttpHelper(info: CallInfo): readonly SenderCall[] | null {
  const { call, ctx } = info;
  const callee = skipTypeWrappers(call.callee);
  if (isNonSendingCallee(callee) || callsInertFunction(call, ctx)) return null;
  const args = call.arguments.map((arg) => (isPlainArgument(arg) ? arg : undefined));
  if (args.some((arg) => arg !== undefined && isFunctionNode(skipTypeWrappers(arg)))) return null;

  const memberName = callee.type === AST_NODE_TYPES.MemberExpression ? getMemberName(callee) : undefined;
  const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : null;
  const additional = isAdditionalSender(callee, info.options.additionalSenders);
  const receiverName = receiver ? getCalleeNames(receiver).at(-1) : undefined;
  const helperMember =
    memberName !== undefined &&
    receiver !== null &&
    HELPER_MEMBERS.has(memberName) &&
    !(receiverName !== undefined && NON_CLIENT_RECEIVERS.has(receiverName)) &&
    CLIENT_LIKE_VALUES.has(evaluate(receiver, ctx).kind);

  const candidates: SenderCall[] = [];
  // A method string next to the URL: request('POST', path, body), client.call(path, 'POST').
  args.forEach((arg, index) => {
    if (!arg || !isCheapMethodCandidate(arg)) return;
    const reading = readMethodValue(evaluate(arg, ctx));
    if (reading === 'unknown') return;
    for (const neighbour of [args[index + 1], args[index - 1]]) {
      if (neighbour && !isObjectArgument(neighbour, info)) candidates.push(helperCall({ method: reading, urlNode: neighbour, url: urlArgument(neighbour, info) }, receiver));
    }
  });
  // A config object with a method and a URL: call({ method: 'POST', path }).
  for (const arg of args) {
    if (!arg || !isObjectArgument(arg, info)) continue;
    const method = readConfigMethod(evaluate(arg, ctx));
    if (method === undefined && !helperMember && !additional) continue;
    for (const key of URL_KEYS) {
      const url = configProperty(arg, key, info);
      if (!url) continue;
      const nameMethod = memberName === undefined ? undefined : getMethodFromName(memberName);
      candidates.push(helperCall({ method: nameMethod ?? method ?? defaultMethod(memberName, additional), urlNode: url.node, url: url.parts, ...splitOptions(arg) }, receiver));
      break;
    }
  }
  // api.post(path, body, options), api.get(path, options), apiRequest(path, init) from additionalSenders.
  const first = args[0];
  if ((helperMember || additional) && first && !isObjectArgument(first, info)) {
    const nameMethod = getMethodFromName(memberName ?? getCalleeNames(callee).at(-1) ?? '');
    const options = args[nameMethod === 'POST' || nameMethod === 'PUT' || nameMethod === 'PATCH' ? 2 : 1];
    const configMethod = options && isObjectArgument(options, info) ? readConfigMethod(evaluate(options, ctx)) : undefined;
    candidates.push(helperCall({ method: nameMethod ?? configMethod ?? defaultMethod(memberName, additional), urlNode: first, url: urlArgument(first, info), ...splitOptions(options) }, receiver));
  }
  return candidates.length > 0 ? candidates : null;
}

/** `fetch`-named helpers and configured senders read without a method as GET; `request`/`send` need one. */
function defaultMethod(memberName: string | undefined, additional: boolean): MethodReading {
  return additional || memberName === 'fetch' ? 'GET' : 'unknown';
}

function isCheapMethodCandidate(node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  return (
    (target.type === AST_NODE_TYPES.Literal && typeof target.value === 'string' && target.value.length <= 7) ||
    target.type === AST_NODE_TYPES.Identifier ||
    target.type === AST_NODE_TYPES.MemberExpression
  );
}

function isObjectArgument(node: TSESTree.Node, info: CallInfo): boolean {
  return evaluate(node, info.ctx).kind === 'object';
}
