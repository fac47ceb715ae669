// Public entry of the per-site rewrite planner (used by the codemod and the lint rule's suggestions).
export { planRewrite, isMigratableSite, DROP_IN_BY_CLIENT } from './plan-rewrite.js';
export { getEnclosingStatement } from './ast.js';
export { detectEol } from './emit.js';
export { getInnermostScope } from './scope.js';
export type { PlanRewriteOptions, RewritePlan } from './types.js';
