// `this.client` inside a class: the one value a field is given, by its initialiser or by a single
// `this.client = ...` assignment (typically in the constructor). Indexed once per class.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { childNodes, getMemberName, getStaticKeyName } from './ast.js';

/** Per class body: member name → every expression assigned to it (initialiser and assignments). */
const classIndexes = new WeakMap<TSESTree.ClassBody, Map<string, TSESTree.Node[]>>();

/** The class whose instance `this` is: crossing arrow functions, not other functions. */
function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  let current: TSESTree.Node | undefined = node.parent;
  let functions = 0;
  while (current) {
    if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) {
      functions++;
      // A method's own function is fine; any other function rebinds `this`.
      const isMethod = current.parent?.type === AST_NODE_TYPES.MethodDefinition;
      if (!isMethod || functions > 1) return undefined;
    }
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
    current = current.parent;
  }
  return undefined;
}

function indexClass(body: TSESTree.ClassBody): Map<string, TSESTree.Node[]> {
  const index = new Map<string, TSESTree.Node[]>();
  const add = (name: string, value: TSESTree.Node): void => {
    const values = index.get(name) ?? [];
    values.push(value);
    index.set(name, values);
  };
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.ClassBody && node !== body) return; // a nested class has its own `this`
    if (
      node.type === AST_NODE_TYPES.AssignmentExpression &&
      node.left.type === AST_NODE_TYPES.MemberExpression &&
      node.left.object.type === AST_NODE_TYPES.ThisExpression
    ) {
      const name = getMemberName(node.left);
      // A compound assignment (`+=`) makes the value unknowable: record the node itself.
      if (name !== undefined) add(name, node.operator === '=' ? node.right : node);
    }
    for (const child of childNodes(node)) visit(child);
  };
  for (const member of body.body) {
    if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.static) {
      const name = getStaticKeyName(member.key, member.computed);
      if (name !== undefined && member.value) add(name, member.value);
    }
    visit(member);
  }
  return index;
}

/** The single expression assigned to `this.<name>`, or undefined when there is none or several. */
export function getClassMemberValueNode(thisNode: TSESTree.ThisExpression, name: string): TSESTree.Node | undefined {
  const body = enclosingClassBody(thisNode);
  if (!body) return undefined;
  let index = classIndexes.get(body);
  if (!index) {
    index = indexClass(body);
    classIndexes.set(body, index);
  }
  const values = index.get(name);
  return values?.length === 1 ? values[0] : undefined;
}

/** The method `this.<name>(...)` calls: an instance method of the enclosing class, or undefined. */
export function getClassMethodNode(thisNode: TSESTree.ThisExpression, name: string): TSESTree.FunctionExpression | undefined {
  const body = enclosingClassBody(thisNode);
  for (const member of body?.body ?? []) {
    if (member.type !== AST_NODE_TYPES.MethodDefinition || member.static || member.kind !== 'method') continue;
    if (getStaticKeyName(member.key, member.computed) === name && member.value.body) return member.value;
  }
  return undefined;
}

/** Per program: `Ctor.prototype.<name> = function …` assignments, the pre-class way to write methods. */
const prototypeIndexes = new WeakMap<TSESTree.Program, Map<string, TSESTree.FunctionExpression[]>>();

/** The function assigned as `<anything>.prototype.<name>` in the module, when exactly one is. */
export function getPrototypeMethodNode(program: TSESTree.Program, name: string): TSESTree.FunctionExpression | undefined {
  let index = prototypeIndexes.get(program);
  if (!index) {
    index = new Map();
    for (const statement of program.body) {
      if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression.type !== AST_NODE_TYPES.AssignmentExpression) continue;
      const { left, right } = statement.expression;
      if (left.type !== AST_NODE_TYPES.MemberExpression || right.type !== AST_NODE_TYPES.FunctionExpression) continue;
      const owner = left.object;
      if (owner.type !== AST_NODE_TYPES.MemberExpression || getMemberName(owner) !== 'prototype') continue;
      const method = getMemberName(left);
      if (method !== undefined) index.set(method, [...(index.get(method) ?? []), right]);
    }
    prototypeIndexes.set(program, index);
  }
  const found = index.get(name);
  return found?.length === 1 ? found[0] : undefined;
}

/**
 * `this.<name>` set by a constructor parameter (a parameter property, or a parameter handed to a
 * superclass constructor that sets it): the arguments given for it at every `new <Class>(…)` of the
 * module. How fluent SDKs carry a path from resource to resource.
 */
export function getConstructorArguments(thisNode: TSESTree.ThisExpression, name: string, program: TSESTree.Program): TSESTree.Node[] {
  const body = enclosingClassBody(thisNode);
  if (!body) return [];
  const byName = constructorArgumentIndexes.get(body) ?? new Map<string, TSESTree.Node[]>();
  constructorArgumentIndexes.set(body, byName);
  const cached = byName.get(name);
  if (cached) return cached;
  const found = findConstructorArguments(body, name, program);
  byName.set(name, found);
  return found;
}

/** Per class body and member name: one walk of the module, however many calls ask. */
const constructorArgumentIndexes = new WeakMap<TSESTree.ClassBody, Map<string, TSESTree.Node[]>>();

function findConstructorArguments(body: TSESTree.ClassBody, name: string, program: TSESTree.Program): TSESTree.Node[] {
  const declaration = body.parent;
  if (declaration?.type !== AST_NODE_TYPES.ClassDeclaration || !declaration.id) return [];
  const index = getParameterIndex(declaration, name, program, 0);
  if (index === undefined) return [];
  const className = declaration.id.name;
  const found: TSESTree.Node[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.NewExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === className) {
      const argument = node.arguments[index];
      if (argument && argument.type !== AST_NODE_TYPES.SpreadElement) found.push(argument);
    }
    for (const child of childNodes(node)) visit(child);
  };
  visit(program);
  return found;
}

/** Which constructor argument of the class ends up in `this.<name>` (through `super(…)` up to 4 classes). */
function getParameterIndex(declaration: TSESTree.ClassDeclaration, name: string, program: TSESTree.Program, hops: number): number | undefined {
  if (hops > 4) return undefined;
  const constructor = declaration.body.body.find((member): member is TSESTree.MethodDefinition => member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor');
  const superclass = declaration.superClass?.type === AST_NODE_TYPES.Identifier ? findClass(program, declaration.superClass.name) : undefined;
  if (!constructor) return superclass ? getParameterIndex(superclass, name, program, hops + 1) : undefined;
  const params = constructor.value.params;
  const index = params.findIndex((param) => getParameterName(param) === name);
  if (index < 0) return undefined;
  if (params[index]?.type === AST_NODE_TYPES.TSParameterProperty || !superclass) return index;
  // A plain parameter: handed to super(…) at some position, which the superclass stores.
  let superIndex: number | undefined;
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Super) {
      const position = node.arguments.findIndex((argument) => argument.type === AST_NODE_TYPES.Identifier && argument.name === name);
      if (position >= 0) superIndex = position;
    }
    for (const child of childNodes(node)) visit(child);
  };
  visit(constructor.value.body ?? constructor.value);
  return superIndex !== undefined && getParameterIndex(superclass, name, program, hops + 1) === superIndex ? index : undefined;
}

function getParameterName(param: TSESTree.Parameter): string | undefined {
  const target = param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : param;
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.AssignmentPattern && target.left.type === AST_NODE_TYPES.Identifier) return target.left.name;
  return undefined;
}

function findClass(program: TSESTree.Program, name: string): TSESTree.ClassDeclaration | undefined {
  for (const statement of program.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration?.type === AST_NODE_TYPES.ClassDeclaration && declaration.id?.name === name) return declaration;
  }
  return undefined;
}
