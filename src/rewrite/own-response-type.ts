// Which calls a drop-in may replace without changing the type the code receives: the drop-ins return
// the platform `Response` and an object assignable to axios's `AxiosResponse`, so code typed with
// got's, ky's, superagent's, node-fetch's or undici's own response types would stop type-checking
// (and lose `.json()` shortcuts on got/ky promises). Those calls are kept as written and routed.
import { AST_NODE_TYPES } from '@typescript-eslint/typescript-estree';
import { getGlobalLibraryValue } from '../matcher/libraries.js';
import type { RequestSite } from '../matcher/types.js';
import { resolveIdentifier } from './scope.js';
import type { ReadContext } from './carry.js';

const OWN_TYPE_CLIENTS: Readonly<Partial<Record<RequestSite['client'], string>>> = {
  got: "got's own Response and its promise's `.json()`/`.text()`",
  ky: "ky's own response promise (`.json()`, KyResponse)",
  superagent: "superagent's own Response",
};

/** Why a drop-in's result would not be the type the call returned, or undefined when it is. */
export function ownResponseTypeReason(site: RequestSite, context: ReadContext): string | undefined {
  const own = OWN_TYPE_CLIENTS[site.client];
  if (own) return `the call returns ${own}, which a drop-in's result does not reproduce`;
  if (site.client !== 'fetch' && site.client !== 'request') return undefined;
  const sender = site.node.type === AST_NODE_TYPES.NewExpression && site.node.parent?.type === AST_NODE_TYPES.CallExpression ? site.node.parent : site.node;
  if (sender.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = sender.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    // The platform fetch is the unbound global; a bound `fetch` is node-fetch, undici, cross-fetch or a wrapper.
    const variable = context.site.scopeManager ? resolveIdentifier(context.site.scopeManager, callee) : undefined;
    if (!variable || variable.defs.length === 0) return undefined;
    return `\`${callee.name}\` is not the platform fetch, so its Response type is not the drop-in's`;
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier && isGlobalObject(callee.object.name)) return undefined;
  return `\`${context.sourceText.slice(callee.range[0], callee.range[1])}\` is not the platform fetch, so its Response type is not the drop-in's`;
}

/** `globalThis`, `window`, `self` or `global`: the matcher's own list of the global object's names. */
function isGlobalObject(name: string): boolean {
  const value = getGlobalLibraryValue(name);
  return value?.kind === 'library' && value.library === 'global';
}
