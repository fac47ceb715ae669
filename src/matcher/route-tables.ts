// Route tables: objects that name catalog paths (`OPERATIONS.exportSampleAttachment =
// { method: 'POST', path: '/prototype/…/export' }`, `ROUTES = { attachmentExport: '…' }`), in the
// analysed file or a module it imports. A call given such a name as a string literal
// (`api.call('exportSampleAttachment', params)`) receives that path by name, and so does a member of
// that name read off a value the matcher cannot follow (`settings.routes.attachmentExport`).
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { childNodes, getStaticKeyName, skipTypeWrappers } from './ast.js';
import type { ModuleContext } from './module-context.js';
import { forEachImportedModule } from './module-exports.js';
import { matchSkeleton } from './skeleton.js';
import { getSkeletonParts, URL_PROPERTIES } from './skeleton-parts.js';
import type { UrlPart } from './types.js';

/** Import hops followed from the analysed file (a client module, then its operation table). */
const MAX_HOPS = 2;
/** Names shorter than this are too common to stand for a route (`get`, `list`). */
const MIN_NAME_LENGTH = 6;

const cache = new WeakMap<ModuleContext, ReadonlyMap<string, UrlPart[]>>();

/** Route name → the path parts it names, for every table reachable from the module. */
export function getRouteTableNames(ctx: ModuleContext): ReadonlyMap<string, UrlPart[]> {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const names = new Map<string, UrlPart[]>();
  forEachImportedModule(ctx, MAX_HOPS, (module) => collectTables(module, names));
  cache.set(ctx, names);
  return names;
}

/**
 * Every object literal of the module, at any depth: tables are also built inside functions
 * (`loadSettings()` returning `{ routes: { attachmentExport: '%s/prototype/…' } }`) and nested.
 */
function collectTables(module: ModuleContext, names: Map<string, UrlPart[]>): void {
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.ObjectExpression) collectRoutes(node, module, names);
    for (const child of childNodes(node)) visit(child);
  };
  visit(module.program);
}

function collectRoutes(table: TSESTree.ObjectExpression, module: ModuleContext, names: Map<string, UrlPart[]>): void {
  for (const property of table.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const name = getStaticKeyName(property.key, property.computed);
    if (name === undefined || name.length < MIN_NAME_LENGTH || URL_PROPERTIES.includes(name)) continue;
    const parts = getRouteParts(skipTypeWrappers(property.value), module);
    if (parts) names.set(name, parts);
  }
}

/** A route's path: the value itself, or the URL property of a route object. */
function getRouteParts(value: TSESTree.Node, module: ModuleContext): UrlPart[] | undefined {
  if (value.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of value.properties) {
      if (property.type !== AST_NODE_TYPES.Property || !URL_PROPERTIES.includes(getStaticKeyName(property.key, property.computed) ?? '')) continue;
      return getRouteParts(skipTypeWrappers(property.value), module);
    }
    return undefined;
  }
  if (value.type !== AST_NODE_TYPES.Literal && value.type !== AST_NODE_TYPES.TemplateLiteral) return undefined;
  const parts = getSkeletonParts(value, module);
  return matchSkeleton(parts) ? parts : undefined;
}
