// Instance clients (`axios.create`, `got.extend`, `ky.create`): their configured base URL and
// headers are carried over when the instance is created in this file and nothing else (an
// interceptor, a hook, a later change of its defaults) could alter the request out of sight.
import { DefinitionType } from '@typescript-eslint/scope-manager';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { getClassMemberValueNode } from '../matcher/index.js';
import type { RequestSite, UrlPart } from '../matcher/types.js';
import { getCalledMethodName, getPropertyName, isWithin, unwrapExpression, visit } from './ast.js';
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
  const createCall = getCreateCall(inner, client, context);
  if (!createCall) manual(getUnknownOriginReason(inner, instanceText, client, context));
  if (inner.type === AST_NODE_TYPES.Identifier) assertNoOutOfSightChanges(inner, client, context);
  else if (inner.type === AST_NODE_TYPES.MemberExpression) assertNoOutOfSightFieldChanges(inner, instanceText, client);

  const config = createCall.arguments[0];
  let baseNode: TSESTree.Node | undefined;
  if (config) {
    const object = unwrapExpression(config);
    if (object.type !== AST_NODE_TYPES.ObjectExpression || createCall.arguments.length > 1) {
      manual(`the ${client} instance \`${instanceText}\` is configured with \`${textOf(config, context)}\`, which the codemod cannot read`);
    }
    for (const [name, property] of readProperties(object, `the ${client} instance options`, context)) {
      if (name === BASE_OPTION[client]) baseNode = property.value;
      else if (name === 'headers') readHeaders(property.value, carried, context, client === 'axios');
      else if (!IGNORED.has(name)) manual(`the ${client} instance \`${instanceText}\` sets \`${name}\`, which the wrapper cannot reproduce`);
    }
  }
  let baseUrl: string | undefined;
  if (client === 'axios') baseUrl = `${instanceText}.defaults.baseURL`;
  else if (baseNode) baseUrl = carry(baseNode, 'base URL', context);
  return { baseUrl, createRange: createCall.range };
}

/**
 * The factory call that created the instance: the initialiser of a `const` in this file, or the one
 * value a class field is given (its initialiser or a single `this.x = …`, typically in the constructor).
 */
function getCreateCall(instance: TSESTree.Node, client: 'axios' | 'got' | 'ky', context: ReadContext): TSESTree.CallExpression | undefined {
  const value = instance.type === AST_NODE_TYPES.Identifier ? getConstInitializer(instance, context.site.scopeManager) : getFieldValue(instance);
  const call = value && unwrapExpression(value);
  if (
    call?.type !== AST_NODE_TYPES.CallExpression ||
    call.callee.type !== AST_NODE_TYPES.MemberExpression ||
    call.callee.object.type !== AST_NODE_TYPES.Identifier ||
    !(FACTORIES[client] as readonly string[]).includes(getCalledMethodName(call) ?? '')
  ) {
    return undefined;
  }
  return call;
}

/** `this.http` → the single expression the class assigns to `http`, or undefined. */
function getFieldValue(instance: TSESTree.Node): TSESTree.Node | undefined {
  if (instance.type !== AST_NODE_TYPES.MemberExpression || instance.object.type !== AST_NODE_TYPES.ThisExpression) return undefined;
  const name = getPropertyName(instance);
  return name === undefined ? undefined : getClassMemberValueNode(instance.object, name);
}

/** Why the instance's creation is not visible: where it does come from, as precisely as the file tells. */
function getUnknownOriginReason(instance: TSESTree.Node, instanceText: string, client: 'axios' | 'got' | 'ky', context: ReadContext): string {
  const subject = `the ${client} instance \`${instanceText}\``;
  const origin = describeInstanceOrigin(instance, context);
  if (origin) return `${subject} ${origin}, so its defaults and interceptors are not visible here`;
  return `${subject} is not created in this file with ${client}.${FACTORIES[client][0]}(...), so its defaults and interceptors are not visible`;
}

/**
 * Where a receiver that was not created in view comes from, as a phrase (`comes from the constructor
 * parameter \`http\``, `is imported from './http.js'`), or undefined when the file does not tell.
 */
export function describeInstanceOrigin(instance: TSESTree.Node, context: ReadContext): string | undefined {
  const inner = unwrapExpression(instance);
  const scopeManager = context.site.scopeManager;
  if (inner.type === AST_NODE_TYPES.MemberExpression && inner.object.type === AST_NODE_TYPES.ThisExpression) {
    const name = getPropertyName(inner);
    if (name === undefined) return undefined;
    if (getParameterProperty(inner.object, name)) return `comes from the constructor parameter \`${name}\``;
    const value = getClassMemberValueNode(inner.object, name);
    if (!value) return countFieldAssignments(inner.object, name) > 1 ? 'is assigned more than once in its class' : undefined;
    const valueText = textOf(value, context);
    const origin = describeInstanceOrigin(value, context);
    if (!origin || origin.startsWith('comes from')) return origin;
    return `is set to \`${valueText}\`, which ${origin}`;
  }
  if (inner.type !== AST_NODE_TYPES.Identifier || !scopeManager) return undefined;
  const definition = resolveIdentifier(scopeManager, inner)?.defs[0];
  if (definition?.type === DefinitionType.Parameter) {
    const isConstructor = definition.node.type === AST_NODE_TYPES.FunctionExpression && definition.node.parent.type === AST_NODE_TYPES.MethodDefinition && definition.node.parent.kind === 'constructor';
    return `comes from the ${isConstructor ? 'constructor ' : ''}parameter \`${inner.name}\``;
  }
  if (definition?.type === DefinitionType.ImportBinding && definition.parent.type === AST_NODE_TYPES.ImportDeclaration) {
    return `is imported from '${definition.parent.source.value}' (created in another module)`;
  }
  return undefined;
}

/** `constructor(private readonly http: AxiosInstance)`: the field is whatever the caller passes. */
function getParameterProperty(thisNode: TSESTree.ThisExpression, name: string): TSESTree.TSParameterProperty | undefined {
  const body = getEnclosingClassBody(thisNode);
  for (const member of body?.body ?? []) {
    if (member.type !== AST_NODE_TYPES.MethodDefinition || member.kind !== 'constructor') continue;
    for (const param of member.value.params) {
      if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
      const target = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
      if (target.type === AST_NODE_TYPES.Identifier && target.name === name) return param;
    }
  }
  return undefined;
}

function countFieldAssignments(thisNode: TSESTree.ThisExpression, name: string): number {
  const body = getEnclosingClassBody(thisNode);
  let count = 0;
  if (body) {
    visit(body, (node) => {
      if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.MemberExpression && node.left.object.type === AST_NODE_TYPES.ThisExpression && getPropertyName(node.left) === name) count++;
      if (node.type === AST_NODE_TYPES.PropertyDefinition && !node.static && node.value && !node.computed && node.key.type === AST_NODE_TYPES.Identifier && node.key.name === name) count++;
      return true;
    });
  }
  return count;
}

function getEnclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
  }
  return undefined;
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

/**
 * A class field holding an instance can be reached through any receiver (`this.http`, `client.http`):
 * any `<x>.http.interceptors` in the file, or a write through `<x>.http.defaults`, stops the plan.
 */
function assertNoOutOfSightFieldChanges(instance: TSESTree.MemberExpression, instanceText: string, client: string): void {
  const field = getPropertyName(instance);
  let program: TSESTree.Node = instance;
  while (program.parent) program = program.parent;
  visit(program, (node) => {
    if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.MemberExpression) return true;
    if (getPropertyName(node.object) !== field) return true;
    const name = getPropertyName(node);
    if (name === 'interceptors') manual(`the ${client} instance \`${instanceText}\` has interceptors that the wrapper would not run`);
    if (name === 'defaults' && isWrittenThrough(node)) manual(`the ${client} instance \`${instanceText}\` has its defaults changed at runtime`);
    return true;
  });
}
