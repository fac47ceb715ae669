// HTTP mocks: nock interceptors, msw handlers, fetch-mock routes and sinon stubs/fake servers.
// They become sites with `mock: true`; the rule decides whether to report them.
import { AST_NODE_TYPES } from '@typescript-eslint/typescript-estree';
import { getMemberName } from '../ast.js';
import { getMethodFromName, readConfigMethod, readMethodValue, type MethodReading } from '../http-method.js';
import { evaluate } from '../resolve-expression.js';
import type { UrlPart } from '../types.js';
import { joinBaseUrl } from '../url-parts.js';
import { collectChain, configProperty, isPlainArgument, methodFromConfig, splitOptions, urlArgument, type CallInfo, type SenderCall } from './sender.js';

const NOCK_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);
const MSW_NAMESPACES = new Set(['http', 'rest']);

export function detectMock(info: CallInfo): readonly SenderCall[] | null {
  return detectNock(info) ?? detectMsw(info) ?? detectFetchMock(info) ?? detectSinon(info);
}

function mockSend(info: CallInfo, fields: Pick<SenderCall, 'client' | 'method' | 'urlNode' | 'url' | 'mockLibrary'> & Partial<SenderCall>): SenderCall {
  return { implicitBase: false, options: null, opaqueOptions: null, instance: null, chain: collectChain(info.call), ...fields };
}

function detectNock(info: CallInfo): readonly SenderCall[] | null {
  const { callee, call, ctx } = info;
  if (callee.kind !== 'nock' || callee.member === null) return null;
  const [path, second] = call.arguments.map((arg) => (isPlainArgument(arg) ? arg : undefined));
  let method: MethodReading | undefined = getMethodFromName(callee.member);
  if (callee.member === 'intercept') method = second ? readMethodValue(evaluate(second, ctx)) : 'unknown';
  else if (!NOCK_VERBS.has(callee.member)) return null;
  if (!path || method === undefined) return [];
  const url = joinBaseUrl(callee.baseUrl, urlArgument(path, info));
  return [mockSend(info, { client: 'http-helper', method, urlNode: path, url, mockLibrary: 'nock' })];
}

/** msw path patterns: `:name` segments and a leading `*` stand for any value. */
function mswPatternParts(parts: readonly UrlPart[]): UrlPart[] {
  const result: UrlPart[] = [];
  for (const part of parts) {
    if (part.kind !== 'text') {
      result.push(part);
      continue;
    }
    for (const piece of part.value.split(/(\/:[A-Za-z_$][\w$]*|^\*)/)) {
      if (piece === '') continue;
      if (piece === '*' || piece.startsWith('/:')) {
        if (piece.startsWith('/')) result.push({ kind: 'text', value: '/', at: part.at });
        result.push({ kind: 'dynamic', node: null, text: piece.replace(/^\//, ''), at: part.at, encoded: false });
      } else {
        result.push({ kind: 'text', value: piece, at: part.at });
      }
    }
  }
  return result;
}

function detectMsw(info: CallInfo): readonly SenderCall[] | null {
  const { callee, call } = info;
  if (callee.kind !== 'library' || callee.library !== 'msw' || callee.path.length !== 2) return null;
  const [namespace, verb] = callee.path;
  if (!namespace || !verb || !MSW_NAMESPACES.has(namespace)) return null;
  const method = verb === 'all' ? 'any' : getMethodFromName(verb);
  const [path] = call.arguments;
  if (!method || !isPlainArgument(path)) return [];
  return [mockSend(info, { client: 'fetch', method, urlNode: path, url: mswPatternParts(urlArgument(path, info)), mockLibrary: 'msw' })];
}

function detectFetchMock(info: CallInfo): readonly SenderCall[] | null {
  const { callee, call } = info;
  if (callee.kind !== 'library' || callee.library !== 'fetch-mock' || callee.path.length !== 1) return null;
  const name = (callee.path[0] ?? '').replace(/(Once|Any|AnyOnce)$/, '');
  const [first, , third] = call.arguments.map((arg) => (isPlainArgument(arg) ? arg : undefined));
  if (!first) return [];
  const generic = name === 'mock' || name === 'route' || name === 'once' || name === 'sticky';
  const nameMethod = generic ? undefined : getMethodFromName(name);
  if (!generic && !nameMethod) return null;
  const fromObject = configProperty(first, 'url', info);
  const options = fromObject ? first : third;
  const configured = options ? readConfigMethod(evaluate(options, info.ctx)) : undefined;
  const method: SenderCall['method'] = nameMethod ?? configured ?? 'any';
  const urlNode = fromObject?.node ?? first;
  const url = fromObject?.parts ?? urlArgument(first, info);
  return [mockSend(info, { client: 'fetch', method, urlNode, url: stripFetchMockPrefix(url), mockLibrary: 'fetch-mock', ...splitOptions(options) })];
}

/** fetch-mock's `begin:`, `end:`, `path:` and `express:` matcher prefixes. */
function stripFetchMockPrefix(parts: readonly UrlPart[]): UrlPart[] {
  const first = parts[0];
  if (first?.kind !== 'text') return [...parts];
  const match = /^(begin|path|express|glob):/.exec(first.value);
  if (!match) return [...parts];
  return [{ ...first, value: first.value.slice(match[0].length) }, ...parts.slice(1)];
}

function detectSinon(info: CallInfo): readonly SenderCall[] | null {
  const { callee, call, ctx } = info;
  const [first, second] = call.arguments.map((arg) => (isPlainArgument(arg) ? arg : undefined));
  if (callee.kind === 'sinon-stub' && callee.member === 'withArgs') {
    if (!first) return [];
    const target = callee.target;
    const stubbedFetch = callee.stubbed === 'fetch' || (target.kind === 'library' && target.library === 'fetch');
    if (stubbedFetch) {
      const method = methodFromConfig(second, info);
      return [mockSend(info, { client: 'fetch', method, urlNode: first, url: urlArgument(first, info), mockLibrary: 'sinon', ...splitOptions(second) })];
    }
    const method = callee.stubbed ? getMethodFromName(callee.stubbed) : undefined;
    if (!method) return [];
    const client = target.kind === 'library' && target.library === 'axios' ? 'axios' : 'http-helper';
    return [mockSend(info, { client, method, urlNode: first, url: urlArgument(first, info), mockLibrary: 'sinon' })];
  }
  // sinon's fake server: server.respondWith('POST', url, response) / respondWith(url, response).
  const calleeNode = call.callee;
  if (calleeNode.type !== AST_NODE_TYPES.MemberExpression || getMemberName(calleeNode) !== 'respondWith') return null;
  if (!first) return [];
  const reading = readMethodValue(evaluate(first, ctx));
  if (reading !== 'unknown' && second) {
    return [mockSend(info, { client: 'http-helper', method: reading, urlNode: second, url: urlArgument(second, info), mockLibrary: 'sinon' })];
  }
  return [mockSend(info, { client: 'http-helper', method: 'any', urlNode: first, url: urlArgument(first, info), mockLibrary: 'sinon' })];
}
