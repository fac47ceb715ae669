// The matcher's entry point for one file: walks the AST once, asks each client module whether a
// call sends a request, resolves the URL of those calls only, and matches it against the catalog.
// The answer is cached per Program node, so every visitor of the rule shares one analysis.
import { isInsideExportRouting } from './routed-calls.js';
import type { ScopeManager, Variable } from '@typescript-eslint/scope-manager';
import { AST_NODE_TYPES, simpleTraverse } from '@typescript-eslint/typescript-estree';
import type { ParserServices, TSESTree } from '@typescript-eslint/utils';
import type { HttpMethod } from 'workiva-sunset/catalog';
import { skipTypeWrappers } from './ast.js';
import { detectAxios } from './clients/axios.js';
import { detectFetch } from './clients/fetch.js';
import { detectGot } from './clients/got.js';
import { detectHttpHelper } from './clients/http-helper.js';
import { detectKy } from './clients/ky.js';
import { detectMock } from './clients/mocks.js';
import type { CallInfo, ClientDetector, SenderCall } from './clients/sender.js';
import { detectSuperagent } from './clients/superagent.js';
import { detectUndici } from './clients/undici.js';
import { matchCatalog } from './match-catalog.js';
import { findSiteBehindDisabledModule, toCallerSite } from './lint-disabled-modules.js';
import { findSkeletonSite, type OwnedCall } from './skeleton-net.js';
import { createModuleContext, resolveVariable, type ModuleContext } from './module-context.js';
import { mayContainRequestSites } from './prefilter.js';
import { evaluate, evaluateParts } from './resolve-expression.js';
import type { EndpointMatch, MatcherOptions, RequestSite } from './types.js';
import { getChoiceBranches, getUrlChoice } from './url-branches.js';
import { mergeTextParts } from './url-parts.js';

export interface FindRequestSitesContext {
  readonly sourceText: string;
  /** ESLint's `sourceCode.scopeManager`, or `analyze()` for the codemod; analysed on demand when null. */
  readonly scopeManager: ScopeManager | null;
  readonly options: MatcherOptions;
  /** With type information, string-literal types extend what the matcher can resolve. */
  readonly parserServices?: ParserServices | Partial<ParserServices> | null;
}

/** Known clients first (mocks before the libraries they mock), the team-helper heuristics last. */
const DETECTORS: readonly ClientDetector[] = [detectMock, detectFetch, detectUndici, detectAxios, detectGot, detectKy, detectSuperagent, detectHttpHelper];

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

const cache = new WeakMap<TSESTree.Program, readonly RequestSite[]>();
/** The module context each analysed file was read with, for later questions about the same file. */
const contexts = new WeakMap<TSESTree.Program, ModuleContext>();

/** Sites already inside `withExportRouting(() => …)`: migrated, yet still where their paths are sent. */
const routedSites = new WeakMap<TSESTree.Program, readonly RequestSite[]>();

/** The context `findRequestSites` analysed a program with (undefined before, or when the pre-filter ruled it out). */
export function getAnalysedContext(program: TSESTree.Program): ModuleContext | undefined {
  return contexts.get(program);
}

/** Every request found in an analysed program, the routed ones included (after `findRequestSites`). */
export function getSitesWithRouted(program: TSESTree.Program): readonly RequestSite[] {
  return [...(cache.get(program) ?? []), ...(routedSites.get(program) ?? [])];
}

export function findRequestSites(program: TSESTree.Program, context: FindRequestSitesContext): readonly RequestSite[] {
  const cached = cache.get(program);
  if (cached) return cached;
  const sites = analyseProgram(program, context);
  cache.set(program, sites);
  return sites;
}

function analyseProgram(program: TSESTree.Program, context: FindRequestSitesContext): readonly RequestSite[] {
  const { filename } = context.options;
  if (!mayContainRequestSites(context.sourceText, filename, program)) return [];
  const services = context.parserServices;
  const ctx = createModuleContext({
    file: filename,
    program,
    sourceText: context.sourceText,
    isMain: true,
    scopeManager: context.scopeManager,
    parserServices: services?.program ? (services as ParserServices) : undefined,
  });
  contexts.set(program, ctx);
  const sites: RequestSite[] = [];
  const unmatched: { call: TSESTree.CallExpression; owned: OwnedCall | null }[] = [];
  simpleTraverse(program, {
    visitors: {
      CallExpression: (node) => {
        const call = node as TSESTree.CallExpression;
        const analysed = analyseCall(call, ctx, context.options);
        if (analysed.site) sites.push(analysed.site);
        else unmatched.push({ call, owned: analysed.owned });
      },
    },
  });
  // The skeleton net, for the calls the exact match left: after it, so a call inside an exact site's URL is known.
  for (const { call, owned } of unmatched) {
    if (sites.some((site) => isInside(call, site))) continue;
    const site = findSkeletonSite(call, owned, ctx) ?? findCallerSite(call, ctx, context);
    if (site) sites.push(site);
  }
  const requests = withoutBuiltRequests(sites, ctx);
  // Source order; in a chain (`scope.get(a).reply().post(b)`) the outer call is visited first.
  // Calls already routed by the codemod (`withExportRouting(() => …)`) are migrated: not sites.
  routedSites.set(program, requests.filter((site) => isInsideExportRouting(site.node)));
  return requests.filter((site) => !isInsideExportRouting(site.node)).sort((left, right) => left.node.callee.range[1] - right.node.callee.range[1]);
}

/**
 * One request found twice: a call that builds it (`const request = builder…build()`), whose result
 * another site of the same endpoint sends (`request.retry(2)`, `send(request)`). The sender stays.
 */
function withoutBuiltRequests(sites: readonly RequestSite[], ctx: ModuleContext): RequestSite[] {
  if (sites.length < 2) return [...sites];
  return sites.filter((site) => {
    const holder = getResultVariable(site.node, ctx);
    return holder === null || !sites.some((other) => other !== site && other.match.entry.id === site.match.entry.id && readsVariable(other.node, holder, ctx));
  });
}

/** The variable a call's (awaited) result is stored in, if any. */
function getResultVariable(call: RequestSite['node'], ctx: ModuleContext): Variable | null {
  let node: TSESTree.Node = call;
  while (node.parent && (node.parent.type === AST_NODE_TYPES.AwaitExpression || skipTypeWrappers(node.parent) !== node.parent)) node = node.parent;
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== node || parent.id.type !== AST_NODE_TYPES.Identifier) return null;
  return resolveVariable(ctx, parent.id);
}

/** The call's receiver chain starts at the variable, or the variable is one of its arguments. */
function readsVariable(call: RequestSite['node'], variable: Variable, ctx: ModuleContext): boolean {
  let receiver: TSESTree.Node = skipTypeWrappers(call.callee);
  while (receiver.type === AST_NODE_TYPES.MemberExpression || receiver.type === AST_NODE_TYPES.CallExpression) {
    receiver = skipTypeWrappers(receiver.type === AST_NODE_TYPES.MemberExpression ? receiver.object : receiver.callee);
  }
  const candidates = [receiver, ...call.arguments.map((argument) => skipTypeWrappers(argument))];
  return candidates.some((node) => node.type === AST_NODE_TYPES.Identifier && resolveVariable(ctx, node) === variable);
}

/** The request sites of another module, analysed with the same options as the file that asks. */
export function findModuleSites(module: ModuleContext, context: FindRequestSitesContext): readonly RequestSite[] {
  return findRequestSites(module.program, { sourceText: module.sourceText, scopeManager: module.scopeManager, options: { ...context.options, filename: module.file } });
}

/** Modules being analysed for a caller in this process: a cycle of calls between them stops here. */
const inProgress = new Set<TSESTree.Program>();

/** A call into a module that disables ESLint for the whole file, reaching a request sent there. */
function findCallerSite(call: TSESTree.CallExpression, ctx: ModuleContext, context: FindRequestSitesContext): RequestSite | null {
  const sitesOf = (module: ModuleContext): readonly RequestSite[] => {
    if (inProgress.has(module.program)) return [];
    inProgress.add(module.program);
    try {
      return findModuleSites(module, context);
    } finally {
      inProgress.delete(module.program);
    }
  };
  const inner = findSiteBehindDisabledModule(call, ctx, sitesOf);
  return inner ? toCallerSite(call, inner.site, inner.file) : null;
}

/** A URL argument of an exact site (`fetch(withBase(path))`): the site is the request, not the inner call. */
function isInside(call: TSESTree.CallExpression, site: RequestSite): boolean {
  return call.range[0] >= site.node.range[0] && call.range[1] <= site.node.range[1];
}

interface AnalysedCall {
  readonly site: RequestSite | null;
  /** The client that recognised the call without an exact match (for the skeleton net), else null. */
  readonly owned: OwnedCall | null;
}

function analyseCall(call: TSESTree.CallExpression, ctx: ModuleContext, options: MatcherOptions): AnalysedCall {
  const info: CallInfo = { call, ctx, callee: evaluate(skipTypeWrappers(call.callee), ctx), options };
  for (const detect of DETECTORS) {
    const candidates = detect(info);
    if (candidates === null) continue;
    // The first client that recognises the call owns it, even when its URL matches nothing.
    for (const candidate of candidates) {
      const site = toSite(call, candidate, ctx);
      if (site) return { site, owned: null };
    }
    return { site: null, owned: toOwnedCall(candidates) };
  }
  return { site: null, owned: null };
}

function toOwnedCall(candidates: readonly SenderCall[]): OwnedCall {
  const first = candidates[0];
  if (!first || first.mockLibrary !== null) return { client: 'mock', methods: [] };
  const methods = candidates.flatMap((candidate) => (candidate.method === 'any' ? METHODS : candidate.method === 'unknown' || candidate.method === 'other' ? [] : [candidate.method]));
  // A team helper's guess (no method found) is no client's word: the net treats the call as unknown.
  return { client: first.client, methods: candidates.some((candidate) => candidate.method === 'unknown') ? [] : methods };
}

function toSite(call: TSESTree.CallExpression, send: SenderCall, ctx: ModuleContext): RequestSite | null {
  return toSiteAsSent(call, send, ctx) ?? toSiteOfBranch(call, send, ctx);
}

/**
 * When the URL chooses between values (`flag ? successorUrl : legacyUrl`, `override ?? legacyUrl`)
 * and one of them is a catalog endpoint, the site is reported with `urlChoice` set: it sends to the
 * deprecated endpoint on one path only, so it is never rewritten automatically.
 */
function toSiteOfBranch(call: TSESTree.CallExpression, send: SenderCall, ctx: ModuleContext): RequestSite | null {
  for (const [index, part] of send.url.entries()) {
    if (part.kind !== 'dynamic' || !part.node) continue;
    const choice = getUrlChoice(part.node, ctx);
    if (!choice) continue;
    for (const branch of getChoiceBranches(choice, ctx)) {
      const url = [...send.url.slice(0, index), ...evaluateParts(branch, ctx), ...send.url.slice(index + 1)];
      const site = toSiteAsSent(call, { ...send, url }, ctx);
      if (site) return { ...site, urlChoice: choice };
    }
  }
  return null;
}

function toSiteAsSent(call: TSESTree.CallExpression, send: SenderCall, ctx: ModuleContext): RequestSite | null {
  const methods = send.method === 'any' ? METHODS : send.method === 'unknown' || send.method === 'other' ? [] : [send.method];
  for (const method of methods) {
    const match: EndpointMatch | null = matchCatalog(send.url, method, { implicitBase: send.implicitBase, siteFile: ctx.file, siteRange: call.range });
    if (!match) continue;
    return {
      node: call,
      client: send.client,
      method,
      urlNode: send.urlNode,
      url: mergeTextParts(send.url),
      match,
      options: send.options,
      opaqueOptions: send.opaqueOptions,
      instance: send.instance,
      chain: send.chain,
      mock: send.mockLibrary !== null,
      mockLibrary: send.mockLibrary,
    };
  }
  return null;
}
