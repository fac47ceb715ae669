// Instance clients (`axios.create`, `got.extend`, `ky.create`): their configured base URL and
// headers are carried over when the instance is created in this file and nothing else (an
// interceptor, a hook, a later change of its defaults) could alter the request out of sight.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import type { RequestSite, UrlPart } from '../matcher/types.js';
import { getCalledMethodName, getPropertyName, isWithin, unwrapExpression } from './ast.js';
import { carry, readHeaders, readProperties, textOf, type CarriedOptions, type ReadContext } from './carry.js';
import { manual } from './manual.js';
import { getConstInitializer, getInnermostScope, resolveIdentifier } from './scope.js';

const FACTORIES = { axios: ['create'], got: ['extend'], ky: ['create', 'extend'] } as const;
const BASE_OPTION = { axios: 'baseURL', got: 'prefixUrl', ky: 'prefixUrl' } as const;
const IGNORED = new Set(['timeout', 'retry']);

export interface InstanceBase {
  /** Source text of the base URL the instance prepends, when the URL at the site is relative. */
  readonly baseUrl: string | undefined;
  /** The instance's creation call: base URL parts written there belong to the instance. */
  readonly createRange: readonly [number, number];
}

/** Reads the instance's headers into `carried` and returns where its base URL comes from. */
export function readInstance(site: RequestSite, client: 'axios' | 'got' | 'ky', carried: CarriedOptions, context: ReadContext): InstanceBase {
  const instanceNode = site.instance?.node;
  if (!instanceNode) throw new Error('readInstance called for a site without an instance');
  const instanceText = textOf(instanceNode, context);
  const inner = unwrapExpression(instanceNode);
  const scopeManager = context.site.scopeManager;
  const create = getConstInitializer(inner, scopeManager);
  const createCall = create && unwrapExpression(create);
  const factory = createCall?.type === AST_NODE_TYPES.CallExpression ? getCalledMethodName(createCall) : undefined;
  if (
    !createCall ||
    createCall.type !== AST_NODE_TYPES.CallExpression ||
    createCall.callee.type !== AST_NODE_TYPES.MemberExpression ||
    createCall.callee.object.type !== AST_NODE_TYPES.Identifier ||
    !(FACTORIES[client] as readonly string[]).includes(factory ?? '')
  ) {
    manual(`the ${client} instance \`${instanceText}\` is not created in this file with ${client}.${FACTORIES[client][0]}(...), so its defaults and interceptors are not visible`);
  }
  if (inner.type === AST_NODE_TYPES.Identifier && scopeManager) assertNoOutOfSightChanges(inner, client, context);

  const config = createCall.arguments[0];
  let baseNode: TSESTree.Node | undefined;
  if (config) {
    const object = unwrapExpression(config);
    if (object.type !== AST_NODE_TYPES.ObjectExpression || createCall.arguments.length > 1) {
      manual(`the ${client} instance \`${instanceText}\` is configured with \`${textOf(config, context)}\`, which the codemod cannot read`);
    }
    for (const [name, property] of readProperties(object, `the ${client} instance options`, context)) {
      if (name === BASE_OPTION[client]) baseNode = property.value;
      else if (name === 'headers') readHeaders(property.value, carried, context);
      else if (!IGNORED.has(name)) manual(`the ${client} instance \`${instanceText}\` sets \`${name}\`, which the wrapper cannot reproduce`);
    }
  }
  let baseUrl: string | undefined;
  if (client === 'axios') baseUrl = `${instanceText}.defaults.baseURL`;
  else if (baseNode) baseUrl = carry(baseNode, 'base URL', context);
  return { baseUrl, createRange: createCall.range };
}

/** Whether every base part was written in the instance's creation call (the site's URL is relative to it). */
export function isBaseFromInstance(base: readonly UrlPart[], createRange: readonly [number, number], context: ReadContext): boolean {
  return base.every((part) => {
    if (part.kind === 'dynamic') return part.node !== null && isWithin(part.node, createRange);
    if (!part.at || (context.filename !== undefined && part.at.file !== context.filename)) return false;
    const offset = offsetOf(context.sourceText, part.at.line, part.at.column);
    return offset >= createRange[0] && offset < createRange[1];
  });
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return -1;
    offset = next + 1;
  }
  return offset + column;
}

function assertNoOutOfSightChanges(identifier: TSESTree.Identifier, client: string, context: ReadContext): void {
  const scopeManager = context.site.scopeManager;
  if (!scopeManager) return;
  const variable = resolveIdentifier(scopeManager, identifier) ?? getInnermostScope(scopeManager, identifier).set.get(identifier.name);
  if (!variable) return;
  for (const reference of variable.references) {
    const use = reference.identifier.parent;
    if (use?.type !== AST_NODE_TYPES.MemberExpression || use.object !== reference.identifier) continue;
    const name = getPropertyName(use);
    if (name === 'interceptors') manual(`the ${client} instance \`${identifier.name}\` has interceptors that the wrapper would not run`);
    if (name === 'defaults' && isWrittenThrough(use)) manual(`the ${client} instance \`${identifier.name}\` has its defaults changed at runtime`);
  }
}

function isWrittenThrough(member: TSESTree.MemberExpression): boolean {
  let current: TSESTree.Node = member;
  while (current.parent?.type === AST_NODE_TYPES.MemberExpression && current.parent.object === current) current = current.parent;
  const parent = current.parent;
  return (
    (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === current) ||
    (parent?.type === AST_NODE_TYPES.UpdateExpression) ||
    (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee.type === AST_NODE_TYPES.MemberExpression && current === parent.callee.object) ||
    (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete')
  );
}
