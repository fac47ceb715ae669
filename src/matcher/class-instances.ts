// Instances of the code's own classes, for the skeleton net: `const ref = new SampleRef(ids)` then
// `fetch(ref.exportPath)` (a getter), `ref.exportUrl()` (a method) or `ref.path` (a field). The class
// may live in this module or in a sibling the evaluator loads; its members are read where they are written.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { childNodes, getMemberName, getSingleReturnedExpression, getStaticKeyName, skipTypeWrappers } from './ast.js';
import { getClassMemberValueNode } from './class-members.js';
import { getSingleInitializer, resolveVariable, type ModuleContext } from './module-context.js';
import { evaluate } from './resolve-expression.js';

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

export interface InstanceClass {
  readonly node: ClassNode;
  readonly ctx: ModuleContext;
}

/** What a member of a class instance is: a getter or method (its function) or a field (its initialiser). */
export type InstanceMember =
  | { readonly kind: 'getter' | 'method'; readonly fn: TSESTree.FunctionExpression }
  | { readonly kind: 'field'; readonly value: TSESTree.Expression };

/** Superclasses followed when a member is not declared on the class itself. */
const MAX_SUPERCLASSES = 4;

/** The class `node` is an instance of: `new C(…)` itself, a variable initialised once with it, or `this.x` set to it. */
export function getInstanceClass(node: TSESTree.Node, ctx: ModuleContext): InstanceClass | undefined {
  const target = skipTypeWrappers(node);
  const created = target.type === AST_NODE_TYPES.NewExpression ? target : getCreatingExpression(target, ctx);
  if (!created) return undefined;
  const callee = evaluate(created.callee, ctx);
  return callee.kind === 'class' ? { node: callee.node, ctx: callee.ctx } : undefined;
}

function getCreatingExpression(node: TSESTree.Node, ctx: ModuleContext): TSESTree.NewExpression | undefined {
  let init: TSESTree.Node | undefined;
  if (node.type === AST_NODE_TYPES.Identifier) {
    init = getSingleInitializer(resolveVariable(ctx, node)) ?? undefined;
  } else if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier) {
    init = getClassMemberValueNode(node.object, node.property.name);
  }
  let target = init ? skipTypeWrappers(init) : undefined;
  if (target?.type === AST_NODE_TYPES.AwaitExpression) target = skipTypeWrappers(target.argument);
  if (target?.type === AST_NODE_TYPES.CallExpression) return getFactoryCreation(target, ctx);
  return target?.type === AST_NODE_TYPES.NewExpression ? target : undefined;
}

/** `SampleAttachment.fromIds(ids)`, `createRef(ids)`: a static method or function of the code that returns `new C(…)`. */
function getFactoryCreation(call: TSESTree.CallExpression, ctx: ModuleContext): TSESTree.NewExpression | undefined {
  const callee = skipTypeWrappers(call.callee);
  let factory: TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | undefined;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const owner = evaluate(callee.object, ctx);
    const name = getMemberName(callee);
    const member = owner.kind === 'class' && name !== undefined ? getStaticMember({ node: owner.node, ctx: owner.ctx }, name) : undefined;
    // Only a factory of this module: its `new C(…)` is resolved here.
    if (member?.kind === 'method' && member.ctx === ctx) factory = member.fn;
  } else {
    const value = evaluate(callee, ctx);
    if (value.kind === 'function' && value.ctx === ctx) factory = value.node;
  }
  const returned = factory ? getSingleReturnedExpression(factory) : undefined;
  const created = returned ? skipTypeWrappers(returned) : undefined;
  return created?.type === AST_NODE_TYPES.NewExpression ? created : undefined;
}

/** The instance member `name` of the class or, failing that, of its superclasses. */
export function getInstanceMember(instance: InstanceClass, name: string): (InstanceMember & { readonly ctx: ModuleContext }) | undefined {
  return getMember(instance, name, false, 0);
}

/** `Gateway.exportPath(dto)`: the static member `name` of the class or of its superclasses (also in other modules). */
export function getStaticMember(cls: InstanceClass, name: string): (InstanceMember & { readonly ctx: ModuleContext }) | undefined {
  return getMember(cls, name, true, 0);
}

function getMember(cls: InstanceClass, name: string, isStatic: boolean, hops: number): (InstanceMember & { readonly ctx: ModuleContext }) | undefined {
  for (const member of cls.node.body.body) {
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.static === isStatic && member.value.type === AST_NODE_TYPES.FunctionExpression && getStaticKeyName(member.key, member.computed) === name) {
      if (member.kind === 'get') return { kind: 'getter', fn: member.value, ctx: cls.ctx };
      if (member.kind === 'method') return { kind: 'method', fn: member.value, ctx: cls.ctx };
    }
    // A field the class assigns again (`reset() { this.path = … }`) has no one value.
    if (member.type === AST_NODE_TYPES.PropertyDefinition && member.static === isStatic && member.value && getStaticKeyName(member.key, member.computed) === name)
      return !isStatic && isAssignedInClass(cls.node.body, name) ? undefined : { kind: 'field', value: member.value, ctx: cls.ctx };
  }
  const superClass = cls.node.superClass;
  if (!superClass || hops >= MAX_SUPERCLASSES) return undefined;
  const parent = evaluate(superClass, cls.ctx);
  return parent.kind === 'class' ? getMember({ node: parent.node, ctx: parent.ctx }, name, isStatic, hops + 1) : undefined;
}

/** The class whose body encloses `node` (for `this.exportPath` read inside the class). */
export function getEnclosingClass(node: TSESTree.Node, ctx: ModuleContext): InstanceClass | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassDeclaration || current.type === AST_NODE_TYPES.ClassExpression) return { node: current, ctx };
  }
  return undefined;
}

function isAssignedInClass(body: TSESTree.ClassBody, name: string): boolean {
  let assigned = false;
  const visit = (node: TSESTree.Node): void => {
    if (assigned) return;
    if (
      node.type === AST_NODE_TYPES.AssignmentExpression &&
      node.left.type === AST_NODE_TYPES.MemberExpression &&
      node.left.object.type === AST_NODE_TYPES.ThisExpression &&
      getMemberName(node.left) === name
    )
      assigned = true;
    else for (const child of childNodes(node)) visit(child);
  };
  visit(body);
  return assigned;
}
