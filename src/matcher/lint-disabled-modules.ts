// Requests sent inside a module that turns ESLint off for the whole file (`/* eslint-disable */`, as
// every OpenAPI generator writes at the top of its clients): no rule can report there, so the call
// into it from the team's code is the site — `api.exportSampleAttachment(…)` on an instance of a
// generated class, or an exported function of such a module — reported with where the request is sent.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { childNodes, getMemberName, getStaticKeyName, skipTypeWrappers } from './ast.js';
import { getInstanceClass, type InstanceClass } from './class-instances.js';
import type { ModuleContext } from './module-context.js';
import { getSiteLocation } from './site-location.js';
import { evaluate } from './resolve-expression.js';
import type { RequestSite, SourcePosition } from './types.js';

/** A file-wide directive that covers every rule, or names ours; `eslint-disable-line`/`-next-line` are not file-wide. */
const FILE_WIDE_DISABLE = /\/\*\s*eslint-disable(?:\s+([^*]*?))?\s*\*\//g;
const RULE_NAME = 'no-deprecated-endpoint';

export function disablesLintForFile(text: string): boolean {
  if (!text.includes('eslint-disable') || text.includes('eslint-enable')) return false;
  for (const directive of text.matchAll(FILE_WIDE_DISABLE)) {
    const rules = (directive[1] ?? '').split('--')[0]?.trim() ?? '';
    if (rules === '' || rules.split(/\s*,\s*/).some((rule) => rule.endsWith(RULE_NAME))) return true;
  }
  return false;
}

/** Analyses another module's request sites (the caller's findRequestSites, to avoid an import cycle). */
export type SitesOfModule = (module: ModuleContext) => readonly RequestSite[];

/** The site inside a lint-disabled module that this call of the team's code reaches, or null. */
export function findSiteBehindDisabledModule(call: TSESTree.CallExpression, ctx: ModuleContext, sitesOf: SitesOfModule): { site: RequestSite; file: string } | null {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const name = getMemberName(callee);
    const instance = name === undefined || callee.object.type === AST_NODE_TYPES.ThisExpression ? undefined : getInstanceClass(callee.object, ctx);
    if (!instance || name === undefined || !isOtherDisabledModule(instance.ctx, ctx)) return null;
    const site = findMethodSite(instance, name, sitesOf(instance.ctx));
    return site ? { site, file: instance.ctx.file } : null;
  }
  const value = evaluate(callee, ctx);
  if (value.kind !== 'function' || !isOtherDisabledModule(value.ctx, ctx)) return null;
  const site = sitesOf(value.ctx).find((candidate) => isWithin(candidate.node, value.node));
  return site ? { site, file: value.ctx.file } : null;
}

function isOtherDisabledModule(module: ModuleContext, ctx: ModuleContext): boolean {
  return module.file !== ctx.file && disablesLintForFile(module.sourceText);
}

/** A site in the method itself, or in a method of the class it calls as `this.other(…)` (the `…Raw` pattern). */
function findMethodSite(instance: InstanceClass, name: string, sites: readonly RequestSite[]): RequestSite | null {
  const methods = new Map<string, TSESTree.FunctionExpression>();
  for (const member of instance.node.body.body) {
    const key = member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'method' ? getStaticKeyName(member.key, member.computed) : undefined;
    if (key !== undefined && member.type === AST_NODE_TYPES.MethodDefinition && member.value.type === AST_NODE_TYPES.FunctionExpression) methods.set(key, member.value);
  }
  const seen = new Set<string>();
  const visit = (method: string): RequestSite | null => {
    const fn = methods.get(method);
    if (!fn || seen.has(method)) return null;
    seen.add(method);
    const own = sites.find((site) => isWithin(site.node, fn));
    if (own) return own;
    for (const called of getThisCalls(fn)) {
      const found = visit(called);
      if (found) return found;
    }
    return null;
  };
  return visit(name);
}

function getThisCalls(fn: TSESTree.FunctionExpression): string[] {
  const names: string[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression && node.callee.object.type === AST_NODE_TYPES.ThisExpression) {
      const name = getMemberName(node.callee);
      if (name !== undefined) names.push(name);
    }
    for (const child of childNodes(node)) visit(child);
  };
  visit(fn.body);
  return names;
}

function isWithin(node: TSESTree.Node, container: TSESTree.Node): boolean {
  return node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}

/** The inner site's request, re-anchored at the team's call; the inner site's position goes in `sentAt`. */
export function toCallerSite(call: TSESTree.CallExpression, inner: RequestSite, innerFile: string): RequestSite {
  const { start } = getSiteLocation(inner.node);
  const sentAt: SourcePosition = { file: innerFile, line: start.line, column: start.column };
  return {
    ...inner,
    node: call,
    urlNode: call,
    options: null,
    opaqueOptions: null,
    instance: null,
    chain: [],
    foundBySkeleton: true,
    sentAt,
  };
}
