// A path spelled by a chain of property names and calls: dynamic REST clients built on a `Proxy` or a
// fluent builder (`api.prototype.platform.audits(a).procedures(p)…attachments(f).export.post(body)`,
// `client.segment('audits', a).segment('procedures', p)…post()`). Each property name is a segment and
// each call argument a segment (a hole when unknown); a trailing verb is the request, not the path.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { getMemberName, skipTypeWrappers } from './ast.js';
import { getSingleInitializer, resolveVariable, type ModuleContext } from './module-context.js';
import { declaresMethodNamed } from './named-methods.js';
import { dynamicPart } from './resolve-expression.js';
import { getSkeletonParts } from './skeleton-parts.js';
import { matchSkeleton } from './skeleton.js';
import type { UrlPart } from './types.js';
import { textPart } from './url-parts.js';
import { EMPTY_BINDINGS } from './values.js';

/** Member names that send what the chain before them spells. */
const VERBS = new Set(['post', 'put', 'patch', 'send', 'request', 'fetch', 'execute', 'invoke', 'call', 'create', 'run', 'exec', 'perform', 'dispatch', '$post', '$send']);
/** Variables followed back along a chain split over several `const`s. */
const MAX_VARIABLE_HOPS = 4;
/** Fewer links than this cannot spell a catalog path of the net (the shortest is `files/export`). */
const MIN_LINKS = 2;

interface Link {
  /** A property name (`audits`), or null for a call or a computed key. */
  readonly name: string | null;
  /** For a call of a method (`.path(…)`), its name. */
  readonly method: string | null;
  readonly node: TSESTree.Node;
  readonly args: readonly TSESTree.CallExpressionArgument[];
}

/**
 * The paths the call's callee chain may spell, most likely first: names and arguments in order, then
 * the arguments of each method alone (a builder whose method names are not segments: `.path('audits', id)`). The
 * call's own arguments are what it sends (a body, options), never segments.
 */
export function getChainReadings(call: TSESTree.CallExpression, ctx: ModuleContext): UrlPart[][] {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return [];
  const verb = getMemberName(callee);
  const chain = getLinks(verb !== undefined && VERBS.has(verb) ? callee.object : callee, ctx, 0);
  if (chain.links.length < MIN_LINKS) return [];
  // A chain through the code's own methods (`sample.attachments(id).export(body)` of a fluent SDK) is
  // analysed inside those methods, where the request is sent: names are segments only when nobody
  // declares them (a Proxy); a builder's arguments (`.path('audits', id)`) are segments either way.
  const namesAreSegments = !chain.links.some((link) => link.name !== null && declaresMethodNamed(ctx, link.name));
  const segments = chain.links.map((link) => (link.name === null ? argumentSegments(link, ctx) : [[textPart(link.name, null, null)]]));
  // `superagent.post(url).send(body)`: an argument that spells the path alone makes its own call the request.
  if (segments.some((linkSegments) => linkSegments.some((parts) => matchSkeleton(parts)))) return [];
  const base = [dynamicPart(chain.root, ctx, EMPTY_BINDINGS, false)];
  const withNames = segments.flat();
  // A builder's segments are the arguments of one method (`.path('audits', id)`), not of `.header(…)`.
  const methods = new Set(chain.links.map((link) => link.method).filter((method): method is string => method !== null));
  const argumentsOf = (method: string) => chain.links.flatMap((link, index) => (link.name === null && link.method === method ? (segments[index] ?? []) : []));
  return [...(namesAreSegments ? [join(base, withNames)] : []), ...[...methods].map((method) => join(base, argumentsOf(method)))];
}

function argumentSegments(link: Link, ctx: ModuleContext): UrlPart[][] {
  return link.args.filter((argument) => argument.type !== AST_NODE_TYPES.SpreadElement).map((argument) => getSkeletonParts(argument, ctx));
}

function join(base: UrlPart[], segments: UrlPart[][]): UrlPart[] {
  return segments.reduce((parts, segment) => [...parts, textPart('/', null, null), ...segment], base);
}

/**
 * The chain from its root object (the client, standing for the base URL) to `node`, in source order:
 * `a.b(x).c[d].e` gives b, call(x), c, [d], e. Calls without arguments add no segment.
 */
function getLinks(start: TSESTree.Node, ctx: ModuleContext, hops: number): { root: TSESTree.Node; links: Link[] } {
  const links: Link[] = [];
  let node: TSESTree.Node = skipTypeWrappers(start);
  for (;;) {
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = skipTypeWrappers(node.callee);
      const method = callee.type === AST_NODE_TYPES.MemberExpression ? (getMemberName(callee) ?? null) : null;
      if (node.arguments.length > 0) links.push({ name: null, method, node, args: node.arguments });
      node = callee;
    } else if (node.type === AST_NODE_TYPES.MemberExpression) {
      const name = getMemberName(node);
      // A computed key that is not a literal (`[auditId]`) is a segment like a call argument.
      links.push(name === undefined ? { name: null, method: null, node, args: [node.property as TSESTree.Expression] } : { name, method: null, node, args: [] });
      node = skipTypeWrappers(node.object);
    } else {
      // `const attachment = platform.audits(a)…; attachment.export.post(body)`: the chain goes on in the initialiser.
      const written = node.type === AST_NODE_TYPES.Identifier && hops < MAX_VARIABLE_HOPS ? getSingleInitializer(resolveVariable(ctx, node)) : null;
      const init = written ? skipTypeWrappers(written) : undefined;
      if (init && (init.type === AST_NODE_TYPES.MemberExpression || init.type === AST_NODE_TYPES.CallExpression)) {
        const before = getLinks(init, ctx, hops + 1);
        return { root: before.root, links: [...before.links, ...links.reverse()] };
      }
      return { root: node, links: links.reverse() };
    }
  }
}
