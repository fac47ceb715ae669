// fetch (global, globalThis.fetch, node-fetch, undici's fetch, cross-fetch), also with a
// `new Request(url, init)` as its input.
import type { TSESTree } from '@typescript-eslint/utils';
import { readConfigMethod } from '../http-method.js';
import { evaluate, evaluateParts, valueToParts } from '../resolve-expression.js';
import { EMPTY_BINDINGS } from '../values.js';
import { isPlainArgument, splitOptions, type CallInfo, type SenderCall } from './sender.js';

export function detectFetch(info: CallInfo): readonly SenderCall[] | null {
  const { callee, call, ctx } = info;
  if (callee.kind !== 'library' || callee.library !== 'fetch' || callee.path.length !== 0) return null;
  const [input, init] = call.arguments;
  if (!isPlainArgument(input)) return [];
  const initNode = isPlainArgument(init) ? init : undefined;
  const inputValue = evaluate(input, ctx);
  const initMethod = initNode ? readConfigMethod(evaluate(initNode, ctx)) : undefined;

  if (inputValue.kind === 'request') {
    const [requestUrl, requestInit] = inputValue.node.arguments;
    if (!isPlainArgument(requestUrl)) return [];
    const requestInitNode = isPlainArgument(requestInit) ? requestInit : undefined;
    const requestMethod = requestInitNode ? readConfigMethod(evaluate(requestInitNode, inputValue.ctx, inputValue.env)) : undefined;
    const ownOptions = initNode ?? (inputValue.ctx.isMain ? requestInitNode : undefined);
    return [
      {
        client: 'request',
        method: initMethod ?? requestMethod ?? 'GET',
        urlNode: inputValue.ctx.isMain ? requestUrl : input,
        url: evaluateParts(requestUrl, inputValue.ctx, inputValue.env),
        implicitBase: false,
        ...splitOptions(ownOptions as TSESTree.Node | undefined),
        instance: null,
        chain: [],
        mockLibrary: null,
      },
    ];
  }
  // An input the matcher cannot read may be a Request carrying its own method: without an init, unknown.
  const inputMayBeRequest = inputValue.kind === 'unknown' && initNode === undefined;
  return [
    {
      client: 'fetch',
      method: initMethod ?? (inputMayBeRequest ? 'unknown' : 'GET'),
      urlNode: input,
      url: valueToParts(inputValue, input, ctx, EMPTY_BINDINGS),
      implicitBase: false,
      ...splitOptions(initNode),
      instance: null,
      chain: [],
      mockLibrary: null,
    },
  ];
}
