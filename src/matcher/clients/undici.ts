// undici's `request(url, { method })` (named import or `undici.request`).
import { isPlainArgument, methodFromConfig, splitOptions, urlArgument, type CallInfo, type SenderCall } from './sender.js';

export function detectUndici(info: CallInfo): readonly SenderCall[] | null {
  const { callee, call } = info;
  if (callee.kind !== 'library' || callee.library !== 'undici' || callee.path.join('.') !== 'request') return null;
  const [url, options] = call.arguments;
  if (!isPlainArgument(url)) return [];
  const optionsNode = isPlainArgument(options) ? options : undefined;
  return [
    {
      client: 'undici',
      method: methodFromConfig(optionsNode, info),
      urlNode: url,
      url: urlArgument(url, info),
      implicitBase: false,
      ...splitOptions(optionsNode),
      instance: null,
      chain: [],
      mockLibrary: null,
    },
  ];
}
