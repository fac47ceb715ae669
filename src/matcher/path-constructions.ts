// Where a whole catalog path is built: every string or template literal holding a tail segment of the
// skeleton net (`…/export`, `…/samples/update`), widened to the whole expression that builds the path
// around it (a template, a sum, a joined segment list, a `.replace()` chain, `new URL`, `format`).
import { AST_NODE_TYPES, simpleTraverse, type TSESTree } from '@typescript-eslint/typescript-estree';
import { getCalleeNames, getMemberName, skipTypeWrappers } from './ast.js';
import { KEEPING_METHODS } from './skeleton-parts.js';
import { getSkeletonTailSegments } from './skeleton.js';

/** Calls that build a URL from their arguments: the path survives them (`path.join`, `util.format`, `new URL`). */
const BUILDING_CALLS = new Set(['join', 'resolve', 'format', 'URL', 'posix']);
/** A helper named for the URL it returns (`toPathString(url)`, `withBase(path)`): its result is the path, built on. */
const URL_RETURNING_NAME = /url|path|href|uri|route|endpoint|base/i;

/** The expressions of a module that may build a catalog path, outermost first, each once. */
export function getPathConstructions(program: TSESTree.Program): TSESTree.Node[] {
  return [...new Set(getTailLiterals(program).map(climbConstruction))];
}

/** String and template literals holding a tail segment of the net (`export`, `update`). */
function getTailLiterals(program: TSESTree.Program): TSESTree.Node[] {
  const tails = getSkeletonTailSegments();
  const holdsTail = (text: string): boolean => tails.some((tail) => text.includes(tail));
  const literals: TSESTree.Node[] = [];
  simpleTraverse(program, {
    visitors: {
      Literal: (node) => {
        const literal = node as TSESTree.Literal;
        if (typeof literal.value === 'string' && holdsTail(literal.value) && isValuePosition(literal)) literals.push(literal);
      },
      TemplateLiteral: (node) => {
        const template = node as TSESTree.TemplateLiteral;
        if (template.quasis.some((quasi) => holdsTail(quasi.value.cooked ?? quasi.value.raw))) literals.push(template);
      },
    },
  });
  return literals;
}

/** Not a module specifier, a property key or a type. */
function isValuePosition(literal: TSESTree.Literal): boolean {
  const parent = literal.parent;
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.ImportDeclaration || parent.type === AST_NODE_TYPES.ExportAllDeclaration || parent.type === AST_NODE_TYPES.ExportNamedDeclaration) return false;
  if (parent.type === AST_NODE_TYPES.TSLiteralType || parent.type === AST_NODE_TYPES.TSExternalModuleReference) return false;
  return !((parent.type === AST_NODE_TYPES.Property || parent.type === AST_NODE_TYPES.PropertyDefinition || parent.type === AST_NODE_TYPES.MethodDefinition) && parent.key === literal);
}

/** The whole string-building expression a literal is a piece of: a template, a sum, a join, a format. */
function climbConstruction(literal: TSESTree.Node): TSESTree.Node {
  let node = literal;
  for (;;) {
    const parent = node.parent;
    if (!parent) return node;
    if (isTypeWrapper(parent) || (parent.type === AST_NODE_TYPES.TemplateLiteral && parent.expressions.includes(node as TSESTree.Expression))) node = parent;
    else if (parent.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') node = parent;
    else if (parent.type === AST_NODE_TYPES.TaggedTemplateExpression && parent.quasi === node) node = parent;
    else if (parent.type === AST_NODE_TYPES.ArrayExpression && isJoinedArray(parent)) node = (parent.parent as TSESTree.MemberExpression).parent as TSESTree.CallExpression;
    else if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === node && isKeepingCall(parent)) node = parent.parent as TSESTree.CallExpression;
    else if (isCall(parent) && isBuildingCall(parent) && parent.arguments.includes(node as TSESTree.CallExpressionArgument)) node = parent;
    else return node;
  }
}

export function isTypeWrapper(node: TSESTree.Node): boolean {
  return skipTypeWrappers(node) !== node;
}

function isJoinedArray(array: TSESTree.ArrayExpression): boolean {
  const member = array.parent;
  return member?.type === AST_NODE_TYPES.MemberExpression && member.object === array && getMemberName(member) === 'join' && member.parent?.type === AST_NODE_TYPES.CallExpression;
}

function isKeepingCall(member: TSESTree.MemberExpression): boolean {
  const name = getMemberName(member) ?? '';
  return member.parent?.type === AST_NODE_TYPES.CallExpression && member.parent.callee === member && KEEPING_METHODS.has(name);
}

function isCall(node: TSESTree.Node): node is TSESTree.CallExpression | TSESTree.NewExpression {
  return node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression;
}

export function isBuildingCall(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const name = getCalleeNames(node.callee).at(-1);
  return name !== undefined && BUILDING_CALLS.has(name);
}

export function returnsUrl(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  return URL_RETURNING_NAME.test(getCalleeNames(call.callee).at(-1) ?? '');
}
