// The rewrite for calls whose URL, credentials or client are only known at run time: keep the call
// exactly as written and run it inside `withExportRouting(() => …)` (@workiva-sunset/safety-net),
// which routes the export it sends through the caller's own client (interceptors, hooks, agents,
// response and error types all unchanged), so nothing has to be read statically.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { EXPORT_ROUTING_FUNCTION } from '../matcher/routed-calls.js';
import type { RequestSite } from '../matcher/types.js';
import type { RewritePlan } from './types.js';
import { visit } from './ast.js';
import { hoistNarrowedReads } from './narrowed-reads.js';
import { isFunctionNode } from '../matcher/ast.js';

/** The package `withExportRouting` is imported from. */
export const ROUTING_PACKAGE = '@workiva-sunset/safety-net';

export function planRouting(site: RequestSite, sourceText: string, dropInReason: string, filename = ''): RewritePlan {
  const manual = (why: string): RewritePlan => ({ kind: 'manual', reason: `${dropInReason}; ${why}` });
  if (site.method !== 'POST') return { kind: 'manual', reason: dropInReason };
  const browser = getBrowserHint(sourceText, filename);
  if (browser) return manual(`and the file looks like browser code (${browser}), where withExportRouting (Node only) cannot run: send the export from your server`);
  const sent = getSentExpression(site);
  if (!sent) return manual('and the request object is built by `new` of a class the routing cannot follow');
  const suspension = findSuspension(sent);
  if (suspension === 'yield') return manual('and the call contains `yield`, which cannot move into a routed arrow function');
  let arrow = '() =>';
  if (suspension === 'await') {
    // `await` inside the call: an async arrow returns a promise of the same value, which is safe only where it is awaited.
    if (sent.parent?.type !== AST_NODE_TYPES.AwaitExpression) return manual('and the call contains `await` and its result is not awaited, so it cannot move into a routed arrow function');
    arrow = 'async () =>';
  }
  // Reads an enclosing `if` narrows would lose their narrowing inside the arrow: read them before it.
  const hoisted = hoistNarrowedReads(sent, sourceText);
  const text = hoisted?.text ?? sourceText.slice(sent.range[0], sent.range[1]);
  return {
    kind: 'rewrite',
    range: sent.range,
    replacement: `${EXPORT_ROUTING_FUNCTION}(${arrow} ${text})`,
    wrapperImport: EXPORT_ROUTING_FUNCTION,
    from: 'routing',
    routedBecause: dropInReason,
    ...(hoisted ? { linesBefore: hoisted.declarations } : {}),
  };
}

/**
 * Why a file looks like it runs in a browser bundle, where the routing (node:async_hooks, node:http)
 * would break the build: a `'use client'` directive, a .jsx/.tsx file, or an import of a UI framework.
 */
function getBrowserHint(sourceText: string, filename: string): string | undefined {
  if (/^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*['"]use client['"]/.test(sourceText)) return "a 'use client' directive";
  if (/\.[jt]sx$/.test(filename)) return `a ${filename.slice(filename.lastIndexOf('.'))} file`;
  const framework = /(?:from\s*|require\(\s*)['"](react|react-dom|vue|svelte|@angular\/core|solid-js|preact)['"]/.exec(sourceText)?.[1];
  return framework ? `it imports ${framework}` : undefined;
}

/** The expression that sends: the call itself, or for `fetch(new Request(...))` the fetch call. */
function getSentExpression(site: RequestSite): TSESTree.CallExpression | TSESTree.NewExpression | undefined {
  const node = site.node;
  if (node.type === AST_NODE_TYPES.CallExpression) return node;
  if (site.client !== 'request') return undefined;
  const parent = node.parent;
  return parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(node) ? parent : node;
}

/** `await` or `yield` of the enclosing function used inside `node` (nested functions have their own). */
function findSuspension(node: TSESTree.Node): 'await' | 'yield' | undefined {
  let found: 'await' | 'yield' | undefined;
  visit(node, (current) => {
    if (found === 'yield') return false;
    if (current.type === AST_NODE_TYPES.YieldExpression) found = 'yield';
    else if (current.type === AST_NODE_TYPES.AwaitExpression) found ??= 'await';
    return current === node || !isFunctionNode(current);
  });
  return found;
}
