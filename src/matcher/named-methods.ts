// Methods by name, in the analysed module and the modules it imports: `ref.exportPath()` on a value
// whose class the matcher cannot see (a parameter typed with an imported class, an injected
// repository) may be a method of that name written in one of them. The index holds functions only;
// what they return is read when asked (skeleton-parts.ts), like any helper's.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { childNodes, getStaticKeyName } from './ast.js';
import type { ModuleContext } from './module-context.js';
import { forEachImportedModule } from './module-exports.js';

/** Import hops followed from the analysed file. */
const MAX_HOPS = 2;
/** Names shorter than this are too common to stand for one method (`get`, `send`, `toJSON`). */
const MIN_NAME_LENGTH = 7;

export interface NamedMethod {
  readonly fn: TSESTree.FunctionExpression;
  readonly ctx: ModuleContext;
}

const cache = new WeakMap<ModuleContext, ReadonlyMap<string, readonly NamedMethod[]>>();

/** The instance methods and getters named `name` in classes of the module and the modules it imports. */
export function getMethodsNamed(ctx: ModuleContext, name: string): readonly NamedMethod[] {
  return name.length < MIN_NAME_LENGTH ? [] : (getIndex(ctx).get(name) ?? []);
}

/** Whether the module or one it imports declares a class method of this name, however short. */
export function declaresMethodNamed(ctx: ModuleContext, name: string): boolean {
  return getIndex(ctx).has(name);
}

function getIndex(ctx: ModuleContext): ReadonlyMap<string, readonly NamedMethod[]> {
  let index = cache.get(ctx);
  if (!index) {
    index = indexMethods(ctx);
    cache.set(ctx, index);
  }
  return index;
}

function indexMethods(ctx: ModuleContext): Map<string, NamedMethod[]> {
  const index = new Map<string, NamedMethod[]>();
  forEachImportedModule(ctx, MAX_HOPS, (module) => collectMethods(module, index));
  return index;
}

function collectMethods(module: ModuleContext, index: Map<string, NamedMethod[]>): void {
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.MethodDefinition && !node.static && node.value.type === AST_NODE_TYPES.FunctionExpression) {
      const name = getStaticKeyName(node.key, node.computed);
      if (name !== undefined) index.set(name, [...(index.get(name) ?? []), { fn: node.value, ctx: module }]);
    }
    for (const child of childNodes(node)) visit(child);
  };
  visit(module.program);
}
