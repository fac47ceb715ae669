// What got and ky share: `client(url, options)`, `client.post(url, options)` and instances made by
// `got.extend({ prefixUrl })` / `ky.create({ prefixUrl })`, whose prefix is joined with one `/`.
import type { ClientKind, RequestSite, UrlPart } from '../types.js';
import { getMethodFromName } from '../http-method.js';
import { joinBaseUrl } from '../url-parts.js';
import type { InstanceClient } from '../values.js';
import { configProperty, isPlainArgument, methodFromConfig, receiverOf, splitOptions, urlArgument, type CallInfo, type SenderCall } from './sender.js';

const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

export function detectPrefixUrlClient(info: CallInfo, client: InstanceClient & ClientKind, prefixKeys: readonly string[]): readonly SenderCall[] | null {
  const { callee, call } = info;
  let member: string | null;
  let instance: RequestSite['instance'] = null;
  let base: readonly UrlPart[] | null = [];
  if (callee.kind === 'library' && callee.library === client && callee.path.length <= 1) {
    member = callee.path[0] ?? null;
  } else if (callee.kind === 'instance' && callee.client === client) {
    member = callee.member;
    instance = { node: receiverOf(call), baseUrl: callee.baseUrl };
    base = callee.baseUrl;
  } else {
    return null;
  }
  if (member !== null && !VERBS.has(member)) return null;

  const [first, second] = call.arguments.map((arg) => (isPlainArgument(arg) ? arg : undefined));
  if (!first) return [];
  // got also takes a single options object with `url`.
  const fromOptions = second ? undefined : configProperty(first, 'url', info);
  const options = fromOptions ? first : second;
  const urlNode = fromOptions ? fromOptions.node : first;
  const url = fromOptions ? fromOptions.parts : urlArgument(first, info);
  for (const key of prefixKeys) {
    const prefix = options ? configProperty(options, key, info) : undefined;
    if (prefix) {
      base = prefix.parts;
      break;
    }
  }
  const nameMethod = member === null ? undefined : getMethodFromName(member);
  return [
    {
      client,
      method: nameMethod ?? methodFromConfig(options, info),
      urlNode,
      url: base === null || base.length === 0 ? url : joinBaseUrl(base, url),
      implicitBase: base === null,
      ...splitOptions(options),
      instance,
      chain: [],
      mockLibrary: null,
    },
  ];
}
