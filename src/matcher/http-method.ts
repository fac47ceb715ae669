// The HTTP method of a request: from a member name (`axios.post`), a method string (`'POST'`,
// a const holding it) or the `method` of an options/config object. Case-insensitive.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import type { HttpMethod } from 'workiva-sunset/catalog';
import { skipTypeWrappers } from './ast.js';
import { resolveVariable, type ModuleContext } from './module-context.js';
import { evaluate, getObjectProperty } from './resolve-expression.js';
import { isAllText, partsText } from './url-parts.js';
import type { Value } from './values.js';

const METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
/** Methods a request can have that no catalog entry uses: a request with one of these matches nothing. */
const OTHER_METHODS: ReadonlySet<string> = new Set(['HEAD', 'OPTIONS', 'TRACE', 'CONNECT']);

/** What is known of a method: one of the catalog's, another real method, or not known statically. */
export type MethodReading = HttpMethod | 'other' | 'unknown';

/** `post` → POST, `del` → DELETE (superagent); undefined for names that are not HTTP verbs. */
export function getMethodFromName(name: string): HttpMethod | 'other' | undefined {
  const upper = name.toUpperCase();
  if (upper === 'DEL') return 'DELETE';
  if (METHODS.has(upper)) return upper as HttpMethod;
  return OTHER_METHODS.has(upper) ? 'other' : undefined;
}

export function readMethodValue(value: Value): MethodReading {
  if (value.kind !== 'string' || !isAllText(value.parts)) return 'unknown';
  const upper = partsText(value.parts).trim().toUpperCase();
  if (METHODS.has(upper)) return upper as HttpMethod;
  return OTHER_METHODS.has(upper) ? 'other' : 'unknown';
}

/** Whether a value is a method string (for "a method argument next to the URL"). */
export function isMethodString(value: Value): boolean {
  const reading = readMethodValue(value);
  return reading !== 'unknown';
}

/** The `method` of a config object: undefined when it certainly has none, `unknown` when it cannot be read. */
export function readConfigMethod(config: Value, depth = 0): MethodReading | undefined {
  if (config.kind !== 'object') return config.kind === 'unknown' ? 'unknown' : undefined;
  const method = getObjectProperty(config, 'method', depth);
  if (method === undefined) return undefined;
  const reading = readMethodValue(method);
  return reading === 'unknown' ? (readDefaultMethod(config, depth) ?? reading) : reading;
}

/**
 * The method the code sends unless a caller says otherwise, when the value itself is unknown: the
 * default of `{ method: opts.method ?? 'POST' }` (also `||`, also through a const), or the literal
 * method of `{ method: 'POST', ...init }` that an unknown spread could in principle override.
 */
function readDefaultMethod(config: Extract<Value, { kind: 'object' }>, depth: number): MethodReading | undefined {
  const properties = config.node.properties;
  for (let index = properties.length - 1; index >= 0; index--) {
    const property = properties[index];
    if (!property || property.type === AST_NODE_TYPES.SpreadElement) continue;
    if (property.computed || property.key.type !== AST_NODE_TYPES.Identifier || property.key.name !== 'method') continue;
    let value = skipTypeWrappers(property.value);
    if (value.type === AST_NODE_TYPES.Identifier && config.env.size === 0) value = getConstInitializer(value, config.ctx) ?? value;
    if (value.type === AST_NODE_TYPES.LogicalExpression && (value.operator === '??' || value.operator === '||')) value = value.right;
    const reading = readMethodValue(evaluate(value, config.ctx, config.env, depth + 1));
    return reading === 'unknown' ? undefined : reading;
  }
  return undefined;
}

/** `x` → the initialiser of `const x = ...` in the same module (one hop). */
function getConstInitializer(identifier: TSESTree.Identifier, ctx: ModuleContext): TSESTree.Node | undefined {
  const definition = resolveVariable(ctx, identifier)?.defs[0];
  if (definition?.type !== 'Variable' || definition.node.id !== definition.name || definition.parent.kind !== 'const') return undefined;
  return definition.node.init ? skipTypeWrappers(definition.node.init) : undefined;
}
