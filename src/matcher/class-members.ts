// `this.client` inside a class: the one value a field is given, by its initialiser or by a single
// `this.client = ...` assignment (typically in the constructor). Indexed once per class.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
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
