// Where a built path goes: followed from its construction through variables, returns, object
// properties (and back through the reads of those properties), awaits and URL builders, to the name
// it leaves the module by (a member, an export) or the call here that receives it.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { getCalleeNames, getMemberName, getStaticKeyName, isFunctionNode, type FunctionNode } from './ast.js';
import { resolveVariable, type ModuleContext } from './module-context.js';
import { isBuildingCall, isTypeWrapper, returnsUrl } from './path-constructions.js';
import { isCollectionCall, isNonSending } from './skeleton-net.js';
import { getSkeletonParts } from './skeleton-parts.js';
import { matchSkeleton } from './skeleton.js';

/** How a built path leaves the code that builds it. */
export interface Leaving {
  /** By a name other modules read (`member`, `export`), or into a call here that no client owns (`call`). */
  readonly kind: 'member' | 'export' | 'call';
  /** The names it is reached by, outermost first (`ENDPOINTS`, `exportAttachment`, `path`). */
  readonly names: readonly string[];
  /** For messages: "the getter `exportUrl`", "an argument of `createRequestFunction()`". */
  readonly description: string;
}

/** Steps followed from the construction to where its value leaves the module. */
const MAX_FLOW_DEPTH = 16;

/** How the value of a path construction leaves its module, or null when it goes nowhere unseen. */
export function getPathLeaving(construction: TSESTree.Node, ctx: ModuleContext): Leaving | null {
  return getLeaving(construction, ctx, START);
}

/**
 * Where the value is followed from: how many steps were taken, and the property reads that lead from
 * the current value to the path (`['exportById()', 'url']` for a method returning `{ url: path }`).
 */
interface Flow {
  readonly depth: number;
  readonly steps: readonly string[];
}

const START: Flow = { depth: 0, steps: [] };

function deeper(flow: Flow, steps: readonly string[] = flow.steps): Flow {
  return { depth: flow.depth + 1, steps };
}

/**
 * How the value leaves the module: returned by a member or an exported function, held by a field or
 * an export, handed to a call no client owns — or null when it goes nowhere the matcher cannot see
 * (a local that is never read, a log, another property of the object that holds it).
 */
function getLeaving(node: TSESTree.Node, ctx: ModuleContext, flow: Flow): Leaving | null {
  if (flow.depth > MAX_FLOW_DEPTH) return null;
  let current = node;
  while (current.parent && (isTypeWrapper(current.parent) || current.parent.type === AST_NODE_TYPES.AwaitExpression || isChoice(current.parent, current))) current = current.parent;
  const parent = current.parent;
  if (!parent) return null;
  switch (parent.type) {
    case AST_NODE_TYPES.ReturnStatement: {
      const fn = getEnclosingFunction(parent);
      return fn ? getFunctionLeaving(fn, ctx, flow) : null;
    }
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return parent.body === current ? getFunctionLeaving(parent, ctx, flow) : null;
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier ? getVariableLeaving(parent.id, ctx, flow) : null;
    case AST_NODE_TYPES.Property:
      return parent.value === current && parent.parent?.type === AST_NODE_TYPES.ObjectExpression ? getPropertyLeaving(parent, '', ctx, flow) : null;
    case AST_NODE_TYPES.MemberExpression:
      return parent.object === current ? getMemberReadLeaving(parent, ctx, flow) : null;
    case AST_NODE_TYPES.PropertyDefinition:
      return parent.value === current ? member('field', parent.key, parent.computed) : null;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === current ? getAssignmentLeaving(parent, ctx, flow) : null;
    case AST_NODE_TYPES.ExportDefaultDeclaration:
      return { kind: 'export', names: [], description: 'the default export' };
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.callee === current ? null : getCallLeaving(parent, current, ctx, flow);
    default:
      return null;
  }
}

/** `{ url: path }` (or a method `{ exportById: () => path }`): the object carries it under its key. */
function getPropertyLeaving(property: TSESTree.Property, suffix: '' | '()', ctx: ModuleContext, flow: Flow): Leaving | null {
  const name = getStaticKeyName(property.key, property.computed);
  if (name === undefined) return null;
  const object = getLeaving(property.parent as TSESTree.ObjectExpression, ctx, deeper(flow, [`${name}${suffix}`, ...flow.steps]));
  if (!object || object.kind === 'call') return object;
  return { kind: object.kind, names: [...object.names, name], description: `the property \`${name}\` of ${object.description}` };
}

/** `holder.url`, `api.exportById(…)`: only the read that leads to the path follows it. */
function getMemberReadLeaving(read: TSESTree.MemberExpression, ctx: ModuleContext, flow: Flow): Leaving | null {
  const [step, ...rest] = flow.steps;
  const name = getMemberName(read);
  if (step === undefined || name === undefined) return null;
  if (step === name) return getLeaving(read, ctx, deeper(flow, rest));
  const call = read.parent;
  if (step === `${name}()` && call?.type === AST_NODE_TYPES.CallExpression && call.callee === read) return getLeaving(call, ctx, deeper(flow, rest));
  return null;
}

/**
 * An argument: a URL builder passes the path on; a logger, an assertion or a collection does not send
 * it; a call the skeleton net could read the path in was judged there (a site, or proven otherwise).
 * Any other call receives a path the net could not read at the call (it came through variables,
 * awaits, objects): a request until proven otherwise, whose sender the matcher did not identify.
 */
function getCallLeaving(call: TSESTree.CallExpression | TSESTree.NewExpression, argument: TSESTree.Node, ctx: ModuleContext, flow: Flow): Leaving | null {
  if (isNonSending(call)) return null;
  if (flow.steps.length === 0 && (isBuildingCall(call) || returnsUrl(call))) return getLeaving(call, ctx, deeper(flow));
  if (call.type === AST_NODE_TYPES.CallExpression && isCollectionCall(call, ctx)) return null;
  if (matchSkeleton(getSkeletonParts(argument, ctx))) return null;
  const name = getCalleeNames(call.callee).at(-1);
  return name === undefined ? null : { kind: 'call', names: [name], description: `an argument of \`${name}()\`` };
}

function isChoice(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  return (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== child) || parent.type === AST_NODE_TYPES.LogicalExpression;
}

function member(what: string, key: TSESTree.Node, computed: boolean): Leaving | null {
  const name = getStaticKeyName(key, computed);
  return name === undefined ? null : { kind: 'member', names: [name], description: `the ${what} \`${name}\`` };
}

function exported(name: string): Leaving {
  return { kind: 'export', names: [name], description: `the export \`${name}\`` };
}

function getEnclosingFunction(node: TSESTree.Node): FunctionNode | null {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return null;
}

/** A returned value leaves where the function's calls do, or by the function's name. */
function getFunctionLeaving(fn: FunctionNode, ctx: ModuleContext, flow: Flow): Leaving | null {
  const holder = fn.parent;
  if (holder?.type === AST_NODE_TYPES.MethodDefinition) return member(holder.kind === 'get' ? 'getter' : 'method', holder.key, holder.computed);
  if (holder?.type === AST_NODE_TYPES.PropertyDefinition) return member('method', holder.key, holder.computed);
  if (holder?.type === AST_NODE_TYPES.Property && holder.parent?.type === AST_NODE_TYPES.ObjectExpression) {
    return getPropertyLeaving(holder, '()', ctx, flow) ?? member('method', holder.key, holder.computed);
  }
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) return getVariableLeaving(fn.id, ctx, flow);
  if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier) return getVariableLeaving(holder.id, ctx, flow);
  return null;
}

/**
 * A binding leaves where one of its reads (or its calls' results) does: into a call here first, since
 * that is where it is sent; else, when it is exported, by its name.
 */
function getVariableLeaving(id: TSESTree.Identifier, ctx: ModuleContext, flow: Flow): Leaving | null {
  const variable = resolveVariable(ctx, id);
  let found: Leaving | null = null;
  for (const reference of variable?.references ?? []) {
    if (reference.isWrite()) continue;
    const read = reference.identifier;
    if (read.parent?.type === AST_NODE_TYPES.ExportSpecifier) continue;
    const call = read.parent?.type === AST_NODE_TYPES.CallExpression && read.parent.callee === read ? read.parent : null;
    const leaving = getLeaving(call ?? read, ctx, deeper(flow));
    if (leaving?.kind === 'call') return leaving;
    found ??= leaving;
  }
  const isExported = isExportedDeclaration(id) || (variable?.references.some((reference) => reference.identifier.parent?.type === AST_NODE_TYPES.ExportSpecifier) ?? false);
  return isExported ? exported(id.name) : found;
}

function isExportedDeclaration(id: TSESTree.Identifier): boolean {
  for (let current = id.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ExportNamedDeclaration || current.type === AST_NODE_TYPES.ExportDefaultDeclaration) return true;
    if (current.type === AST_NODE_TYPES.Program || (isFunctionNode(current) && current.id !== id)) return false;
  }
  return false;
}

/** `this.exportUrl = …`, `module.exports.exportPath = …`, `exports.x = …`, or a local reassigned. */
function getAssignmentLeaving(assignment: TSESTree.AssignmentExpression, ctx: ModuleContext, flow: Flow): Leaving | null {
  const target = assignment.left;
  if (target.type === AST_NODE_TYPES.Identifier) return getVariableLeaving(target, ctx, flow);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return null;
  const names = getCalleeNames(target);
  if (names[0] === 'module' || names[0] === 'exports') return exported(names.at(-1) ?? 'exports');
  return member('field', target.property, target.computed);
}
