// Where a request site is reported (lint) and listed (codemod): the sending call, except that in a
// multi-line chain (`superagent\n  .post(url)\n  .send(body)`) it starts at the member that sends,
// the line where the method and URL are written, not the line where the chain begins.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { skipTypeWrappers } from './ast.js';

export function getSiteLocation(node: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.SourceLocation {
  const callee = skipTypeWrappers(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.property.loc.start.line === node.loc.start.line) return node.loc;
  return { start: callee.property.loc.start, end: node.loc.end };
}
