// planRewrite: turns one matched request site into the drop-in wrapper call that replaces it, or
// the reason a human has to migrate it. Shared by the codemod (applies it) and the lint rule
// (offers it as a suggestion); depends on the ESTree AST and scope analysis only.
import { DefinitionType } from '@typescript-eslint/scope-manager';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import type { ClientKind, RequestSite, UrlPart } from '../matcher/types.js';
import { getPropertyName, getStringValue, unwrapExpression } from './ast.js';
import { getConstInitializer, resolveIdentifier } from './scope.js';
import { carry, textOf, type CarriedOptions, type ReadContext } from './carry.js';
import { readAxios, readFetch, readGotOrKy, readRequestObject, readSuperagent } from './clients.js';
import { getLayout, ID_NAMES, printDropIn, quote, type IdName } from './emit.js';
import { describeInstanceOrigin, isBaseFromInstance, readInstance } from './instance.js';
import { ManualMigration, manual } from './manual.js';
import { planRouting } from './routing.js';
import { ownResponseTypeReason } from './own-response-type.js';
import type { PlanRewriteOptions, RewritePlan } from './types.js';

/** The drop-in wrapper export for each client whose 202 response it reproduces. */
export const DROP_IN_BY_CLIENT: Readonly<Partial<Record<ClientKind, string>>> = {
  fetch: 'exportSampleAttachmentAsFetchResponse',
  request: 'exportSampleAttachmentAsFetchResponse',
  ky: 'exportSampleAttachmentAsFetchResponse',
  axios: 'exportSampleAttachmentAsAxiosResponse',
  got: 'exportSampleAttachmentAsGotResponse',
  superagent: 'exportSampleAttachmentAsSuperagentResponse',
};

/** Catalog wrapper names the drop-ins stand in for. */
const MIGRATABLE_WRAPPERS = new Set(['exportSampleAttachment']);

/** Whether the codemod handles sites of this catalog entry at all (others are the lint rule's business). */
export function isMigratableSite(site: RequestSite): boolean {
  // A call into a lint-disabled module: the codemod migrates the request where it is sent instead.
  return !site.mock && site.sentAt === undefined && site.match.entry.wrapper !== null && MIGRATABLE_WRAPPERS.has(site.match.entry.wrapper);
}

/**
 * A drop-in when everything it needs is readable here; otherwise the call kept as written inside
 * `withExportRouting(() => …)`, which routes what it sends at run time; a marker only when neither is safe.
 */
export function planRewrite(site: RequestSite, sourceText: string, options: PlanRewriteOptions): RewritePlan {
  if (!isMigratableSite(site)) return { kind: 'manual', reason: `${site.match.entry.method} ${site.match.entry.path} has no drop-in wrapper` };
  try {
    return planSite(site, sourceText, options);
  } catch (error) {
    if (!(error instanceof ManualMigration)) throw error;
    return planRouting(site, sourceText, error.message, options.filename);
  }
}

function planSite(site: RequestSite, sourceText: string, options: PlanRewriteOptions): RewritePlan {
  if (site.foundBySkeleton) manual('the path was recognised by its fixed segments only (its sender or its parameters are not known exactly)');
  const wrapperImport = DROP_IN_BY_CLIENT[site.client];
  const carried: CarriedOptions = { headers: [] };
  const siteRange = getReplacedRange(site);
  const context: ReadContext = { sourceText, filename: options.filename, site: { scopeManager: options.scopeManager, range: siteRange, node: site.node } };
  if (!wrapperImport) manual(clientReason(site, context));
  const ownType = ownResponseTypeReason(site, context);
  if (ownType) manual(ownType);
  if (site.method !== 'POST') manual(`the request is sent with ${site.method}, not POST`);
  if (site.urlChoice) manual(`the URL is chosen at run time (\`${sourceText.slice(site.urlChoice.range[0], site.urlChoice.range[1])}\`): only one choice is the deprecated endpoint`);
  if (site.match.suffix.length > 0) manual(`the URL carries a query string or fragment (\`${partsText(site.match.suffix)}\`)`);

  const ids = readIds(site, context);

  let instanceBase: ReturnType<typeof readInstance> | undefined;
  if (site.instance && (site.client === 'axios' || site.client === 'got' || site.client === 'ky')) {
    instanceBase = readInstance(site, site.client, carried, context);
  } else if (site.instance) {
    manual(`requests through the ${site.client} instance \`${context.sourceText.slice(site.instance.node.range[0], site.instance.node.range[1])}\` cannot be migrated automatically`);
  }

  const range = readClient(site, carried, context);
  if (range[0] !== siteRange[0] || range[1] !== siteRange[1]) throw new Error('planner: client reader replaced a different range than announced');

  if (instanceBase && isBaseFromInstance(site.match.base, instanceBase.createRange, context)) {
    if (instanceBase.baseUrl === undefined) manual('the instance has no base URL the codemod can read');
    carried.baseUrl = instanceBase.baseUrl;
  } else {
    carried.baseUrl = getNamedBase(site, context) ?? readBase(site.match.base, context);
  }
  dedupeHeaders(carried);

  const layout = getLayout(sourceText, range[0], options.eol, options.printWidth ?? 100);
  return { kind: 'rewrite', range, replacement: printDropIn(wrapperImport, ids, carried, layout), wrapperImport, from: 'wrapper' };
}

/** The range the drop-in replaces: the sending call, or the whole builder chain / fetch(new Request()). */
function getReplacedRange(site: RequestSite): readonly [number, number] {
  if (site.client === 'superagent') {
    let outer = site.node;
    for (;;) {
      const member = outer.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== outer) break;
      const name = getPropertyName(member);
      const call = member.parent;
      if (name === 'then' || name === 'catch' || name === 'finally' || call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) break;
      outer = call;
    }
    return outer.range;
  }
  if (site.client === 'request' && site.node.type === AST_NODE_TYPES.NewExpression && site.node.parent?.type === AST_NODE_TYPES.CallExpression) {
    return site.node.parent.range;
  }
  return site.node.range;
}

function readClient(site: RequestSite, carried: CarriedOptions, context: ReadContext): readonly [number, number] {
  const node = site.node;
  if (site.client === 'request') return readRequestObject(node, carried, context);
  if (node.type !== AST_NODE_TYPES.CallExpression) manual(`\`new ${context.sourceText.slice(node.callee.range[0], node.callee.range[1])}(...)\` has no drop-in`);
  switch (site.client) {
    case 'fetch':
      return readFetch(node, carried, context);
    case 'axios':
      return readAxios(node, site, carried, context);
    case 'got':
    case 'ky':
      return readGotOrKy(site.client, node, carried, context);
    case 'superagent':
      return readSuperagent(node, carried, context);
    default:
      return manual(clientReason(site, context));
  }
}

function clientReason(site: RequestSite, context: ReadContext): string {
  if (site.client === 'undici') return 'undici.request(...) resolves to { statusCode, headers, body } streams; there is no drop-in for it';
  if (site.client === 'http-helper') {
    const callee = site.node.callee;
    const name = callee.type === AST_NODE_TYPES.MemberExpression ? `.${getPropertyName(callee) ?? '…'}` : callee.type === AST_NODE_TYPES.Identifier ? callee.name : 'helper';
    // `this.http.post(...)` with `this.http` handed in by the caller: say where the client comes from.
    const origin = site.instance && describeInstanceOrigin(site.instance.node, context);
    if (site.instance && origin) {
      return `the request goes through \`${textOf(site.instance.node, context)}\`, which ${origin}, so the client behind it, its credentials and its result shape are not visible here`;
    }
    return `the request goes through the team's own helper (\`${name}\`), whose credentials and result shape are not visible here`;
  }
  return `${site.client} requests have no drop-in`;
}

function readIds(site: RequestSite, context: ReadContext): Record<IdName, string> {
  const ids = {} as Record<IdName, string>;
  for (const name of ID_NAMES) {
    const param = site.match.params[name];
    if (!param) manual(`the URL has no \`${name}\``);
    if (param.kind === 'literal') ids[name] = quote(safeDecode(param.value));
    else if (param.node) ids[name] = carry(param.node, name, context);
    else ids[name] = getThroughHelperArgument(site, param.text, context) ?? manual(`the ${name} \`${param.text}\` is computed inside a helper or another module and cannot be referred to here`);
  }
  return ids;
}

/**
 * An id read inside a local URL helper from one of its parameters (`ref.auditId` in
 * `function exportUrl(ref) {…}` called as `exportUrl(job)`) is the same member of the call's
 * argument: `job.auditId`. The matcher reports such an id without a node, written either with the
 * parameter's name or already with the argument's; both are accepted when the argument is a plain
 * name or member chain that means the same at the request.
 */
function getThroughHelperArgument(site: RequestSite, text: string, context: ReadContext): string | undefined {
  const call = unwrapExpression(site.urlNode);
  const scopeManager = context.site.scopeManager;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.Identifier || !scopeManager) return undefined;
  const declared = resolveIdentifier(scopeManager, call.callee)?.defs[0]?.node;
  const helper =
    declared?.type === AST_NODE_TYPES.FunctionDeclaration
      ? declared
      : declared?.type === AST_NODE_TYPES.VariableDeclarator && declared.init && (declared.init.type === AST_NODE_TYPES.ArrowFunctionExpression || declared.init.type === AST_NODE_TYPES.FunctionExpression)
        ? declared.init
        : undefined;
  if (!helper) return undefined;
  for (const [index, param] of helper.params.entries()) {
    const argument = call.arguments[index];
    if (param.type !== AST_NODE_TYPES.Identifier || !argument || argument.type === AST_NODE_TYPES.SpreadElement) continue;
    const inner = unwrapExpression(argument);
    if (inner.type !== AST_NODE_TYPES.Identifier && inner.type !== AST_NODE_TYPES.MemberExpression) continue;
    const argumentText = textOf(argument, context);
    for (const root of [param.name, argumentText]) {
      if (!text.startsWith(root)) continue;
      const members = text.slice(root.length);
      if (/^(?:\.[A-Za-z_$][\w$]*)+$/.test(members)) return `${carry(argument, 'id', context)}${members}`;
    }
  }
  return undefined;
}

/** Literal ids as written in a URL may already be percent-encoded; the wrapper encodes them again. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // not valid percent-encoding: the text is the id itself
  }
}

/** The API root as an expression: a literal, a variable, or a template joining them. */
function readBase(parts: readonly UrlPart[], context: ReadContext): string {
  if (parts.length === 0) manual('the URL is relative, so the API root it is sent to is not known here');
  const pieces = parts.map((part) => {
    if (part.kind === 'text') return { text: part.value };
    if (!part.node) manual(`the base URL \`${part.text}\` is defined in another module and not imported here`);
    return { expression: carry(part.node, 'base URL', context) };
  });
  const first = pieces[0];
  if (pieces.length === 1 && first?.expression !== undefined) return first.expression;
  if (pieces.every((piece) => piece.text !== undefined)) return quote(pieces.map((piece) => piece.text).join(''));
  return `\`${pieces.map((piece) => (piece.text !== undefined ? piece.text.replace(/[`\\]|\$\{/g, (c) => `\\${c}`) : `\${${piece.expression}}`)).join('')}\``;
}

/**
 * When the matcher resolved the API root to text through a named constant (`const BASE = 'https://…'`,
 * or an imported one), the drop-in reads that name rather than a copy of its value.
 */
function getNamedBase(site: RequestSite, context: ReadContext): string | undefined {
  const parts = site.match.base;
  if (parts.length === 0 || !parts.every((part) => part.kind === 'text')) return undefined;
  const value = parts.map((part) => (part.kind === 'text' ? part.value : '')).join('');
  const leading = getLeadingIdentifier(site.urlNode, context, 0);
  if (!leading || !context.site.scopeManager) return undefined;
  const variable = resolveIdentifier(context.site.scopeManager, leading);
  const definition = variable?.defs[0];
  if (!definition) return undefined;
  const initializer = getConstInitializer(leading, context.site.scopeManager);
  const isSameConstant = initializer !== undefined && getStringValue(initializer) === value;
  const isImported = definition.type === DefinitionType.ImportBinding && parts.every((part) => part.at !== null && part.at.file !== context.filename);
  if (!isSameConstant && !isImported) return undefined;
  try {
    return carry(leading, 'base URL', context);
  } catch (error) {
    if (error instanceof ManualMigration) return undefined; // the name is not usable at the site: fall back to the value
    throw error;
  }
}

/** The identifier a URL expression starts with (`${BASE}/…`, `BASE + '/…'`, through `const url = …`). */
function getLeadingIdentifier(node: TSESTree.Node, context: ReadContext, depth: number): TSESTree.Identifier | undefined {
  const inner = unwrapExpression(node);
  if (depth > 4) return undefined;
  if (inner.type === AST_NODE_TYPES.TemplateLiteral) {
    const [first] = inner.expressions;
    return inner.quasis[0]?.value.cooked === '' && first?.type === AST_NODE_TYPES.Identifier ? first : undefined;
  }
  if (inner.type === AST_NODE_TYPES.BinaryExpression && inner.operator === '+') {
    let left: TSESTree.Node = inner.left;
    while (left.type === AST_NODE_TYPES.BinaryExpression && left.operator === '+') left = left.left;
    return getLeadingIdentifier(left, context, depth + 1);
  }
  if (inner.type !== AST_NODE_TYPES.Identifier) return undefined;
  const initializer = getConstInitializer(inner, context.site.scopeManager);
  if (initializer && getStringValue(initializer) === undefined) return getLeadingIdentifier(initializer, context, depth + 1);
  return inner;
}

function partsText(parts: readonly UrlPart[]): string {
  return parts.map((part) => (part.kind === 'text' ? part.value : `\${${part.text}}`)).join('');
}

/** Header names are case-insensitive: a later value (the call's own) wins over an earlier one (the instance's). */
function dedupeHeaders(carried: CarriedOptions): void {
  const seen = new Map<string, number>();
  carried.headers.forEach(([key], index) => seen.set(key.replace(/^['"]|['"]$/g, '').toLowerCase(), index));
  const keep = new Set(seen.values());
  const kept = carried.headers.filter((_, index) => keep.has(index));
  carried.headers.splice(0, carried.headers.length, ...kept);
}

