// Calls already migrated by routing: `withExportRouting(() => <call>)` (@workiva-sunset/safety-net)
// sends the export through the successor once the switch is on, so neither the rule nor the codemod
// treats the call inside as a site again (that also makes a second codemod run change nothing).
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';

/** The name the codemod imports; matched by name, as the codemod writes it. */
export const EXPORT_ROUTING_FUNCTION = 'withExportRouting';

/** Whether `node` (a sending call, or the `new Request(...)` a fetch sends) is the body of a routing arrow. */
export function isInsideExportRouting(node: TSESTree.Node): boolean {
  const candidates: TSESTree.Node[] = [node];
  if (node.type === AST_NODE_TYPES.NewExpression && node.parent?.type === AST_NODE_TYPES.CallExpression) candidates.push(node.parent);
  return candidates.some((candidate) => {
    const arrow = candidate.parent;
    if (arrow?.type !== AST_NODE_TYPES.ArrowFunctionExpression || arrow.body !== candidate) return false;
    const call = arrow.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== arrow) return false;
    const callee = call.callee;
    if (callee.type === AST_NODE_TYPES.Identifier) return callee.name === EXPORT_ROUTING_FUNCTION;
    return callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier && callee.property.name === EXPORT_ROUTING_FUNCTION;
  });
}
