// `useSuccessor ? successorUrl : legacyUrl`, `override ?? legacyUrl`: a team's own switch-over flag.
// The URL as a whole is unknown (its branches differ), but one branch may be a deprecated endpoint.
// This lists the branches of such a choice, so each can be matched on its own.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { skipTypeWrappers } from './ast.js';
import { resolveVariable, type ModuleContext } from './module-context.js';

/** Leaves followed through nested choices (`a ? b : c ? d : e`) before giving up. */
const MAX_BRANCHES = 8;

/** The choice expression a URL part stands for (directly, or through a `const`), if it is one. */
export function getUrlChoice(node: TSESTree.Node, ctx: ModuleContext): TSESTree.ConditionalExpression | TSESTree.LogicalExpression | null {
  let target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.Identifier) target = constInitializer(target, ctx) ?? target;
  if (target.type === AST_NODE_TYPES.ConditionalExpression) return target;
  if (target.type === AST_NODE_TYPES.LogicalExpression && (target.operator === '??' || target.operator === '||')) return target;
  return null;
}

/** Every value the choice can take, nested choices flattened, in source order. */
export function getChoiceBranches(choice: TSESTree.ConditionalExpression | TSESTree.LogicalExpression, ctx: ModuleContext): TSESTree.Node[] {
  const leaves: TSESTree.Node[] = [];
  const visit = (node: TSESTree.Node) => {
    if (leaves.length >= MAX_BRANCHES) return;
    const nested = getUrlChoice(node, ctx);
    if (!nested) {
      leaves.push(node);
      return;
    }
    if (nested.type === AST_NODE_TYPES.ConditionalExpression) {
      visit(nested.consequent);
      visit(nested.alternate);
    } else {
      visit(nested.left);
      visit(nested.right);
    }
  };
  if (choice.type === AST_NODE_TYPES.ConditionalExpression) {
    visit(choice.consequent);
    visit(choice.alternate);
  } else {
    visit(choice.left);
    visit(choice.right);
  }
  return leaves;
}

function constInitializer(identifier: TSESTree.Identifier, ctx: ModuleContext): TSESTree.Expression | null {
  const definition = resolveVariable(ctx, identifier)?.defs[0];
  if (definition?.node.type !== AST_NODE_TYPES.VariableDeclarator || definition.parent?.type !== AST_NODE_TYPES.VariableDeclaration) return null;
  if (definition.parent.kind !== 'const' || definition.node.id.type !== AST_NODE_TYPES.Identifier) return null;
  return definition.node.init;
}
