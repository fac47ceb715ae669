// axios: `axios.post(url, body, config)`, `axios(url, config)`, `axios({ method, url })`,
// `axios.request(config)`, and the same on `axios.create({ baseURL })` instances.
import type { TSESTree } from '@typescript-eslint/utils';
import { getMethodFromName } from '../http-method.js';
import { evaluate } from '../resolve-expression.js';
import type { RequestSite, UrlPart } from '../types.js';
import { joinBaseUrl } from '../url-parts.js';
import { configProperty, isPlainArgument, methodFromConfig, receiverOf, splitOptions, urlArgument, type CallInfo, type SenderCall } from './sender.js';

const WITH_BODY = new Set(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']);
const WITHOUT_BODY = new Set(['get', 'delete', 'head', 'options']);

export function detectAxios(info: CallInfo): readonly SenderCall[] | null {
  const { callee, call } = info;
  let member: string | null;
  let instance: RequestSite['instance'] = null;
  let base: readonly UrlPart[] | null = [];
  if (callee.kind === 'library' && callee.library === 'axios' && callee.path.length <= 1) {
    member = callee.path[0] ?? null;
  } else if (callee.kind === 'instance' && callee.client === 'axios') {
    member = callee.member;
    instance = { node: receiverOf(call), baseUrl: callee.baseUrl };
    base = callee.baseUrl;
  } else {
    return null;
  }
  if (member !== null && member !== 'request' && !WITH_BODY.has(member) && !WITHOUT_BODY.has(member)) return null;

  const [first, second, third] = call.arguments.map((arg) => (isPlainArgument(arg) ? arg : undefined));
  let urlNode: TSESTree.Node | undefined;
  let config: TSESTree.Node | undefined;
  if (member === null) {
    if (first && evaluate(first, info.ctx).kind === 'object') config = first;
    else [urlNode, config] = [first, second];
  } else if (member === 'request') {
    config = first;
  } else {
    urlNode = first;
    config = WITH_BODY.has(member) ? third : second;
  }

  let url: UrlPart[];
  if (urlNode) url = urlArgument(urlNode, info);
  else {
    const fromConfig = config ? configProperty(config, 'url', info) : undefined;
    if (!fromConfig) return [];
    url = fromConfig.parts;
    urlNode = fromConfig.node;
  }
  const configBase = config ? configProperty(config, 'baseURL', info) : undefined;
  if (configBase) base = configBase.parts;

  const nameMethod = member === null || member === 'request' ? undefined : getMethodFromName(member.replace(/Form$/, ''));
  return [
    {
      client: 'axios',
      method: nameMethod ?? methodFromConfig(config, info),
      urlNode,
      url: base === null || base.length === 0 ? url : joinBaseUrl(base, url),
      implicitBase: base === null,
      ...splitOptions(config),
      instance,
      chain: [],
      mockLibrary: null,
    },
  ];
}
