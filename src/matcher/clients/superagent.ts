// superagent: `superagent.post(url).set(...).send(...)`, `request.post(url)` where `request` is
// superagent's import, `superagent('POST', url)`. The site is the call that names the URL; the
// builder calls chained onto it go to `chain`.
import { getMethodFromName, readMethodValue } from '../http-method.js';
import { evaluate } from '../resolve-expression.js';
import { collectChain, isPlainArgument, urlArgument, type CallInfo, type SenderCall } from './sender.js';

export function detectSuperagent(info: CallInfo): readonly SenderCall[] | null {
  const { callee, call, ctx } = info;
  if (callee.kind !== 'library' || callee.library !== 'superagent' || callee.path.length > 1) return null;
  const member = callee.path[0];
  const [first, second] = call.arguments.map((arg) => (isPlainArgument(arg) ? arg : undefined));
  let method = member === undefined ? undefined : getMethodFromName(member);
  if (member !== undefined && method === undefined) return null;
  let urlNode = first;
  if (member === undefined && first && second) {
    // superagent(method, url) — or superagent(url, callback).
    const reading = readMethodValue(evaluate(first, ctx));
    if (reading !== 'unknown') {
      method = reading;
      urlNode = second;
    }
  }
  if (!urlNode) return [];
  return [
    {
      client: 'superagent',
      method: method ?? 'GET',
      urlNode,
      url: urlArgument(urlNode, info),
      implicitBase: false,
      options: null,
      opaqueOptions: null,
      instance: null,
      chain: collectChain(call),
      mockLibrary: null,
    },
  ];
}
