// Reads what a request sends (headers, credentials, body, signal) into the wrapper's ExportOptions,
// as source text. Anything that cannot be read faithfully stops the plan with a manual reason.
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { getPropertyName, getStringValue, unwrapExpression } from './ast.js';
import { manual } from './manual.js';
import { assertCopyable, getConstInitializer, type SiteScope } from './scope.js';

/** ExportOptions being assembled, each value as the source text of an expression. */
export interface CarriedOptions {
  baseUrl?: string;
  token?: string;
  readonly headers: Array<readonly [key: string, value: string]>;
  signal?: string;
}

/** Headers the wrapper sets itself (and must set per route): never carried over. */
const WRAPPER_HEADERS = new Set(['content-type', 'accept', 'content-length', 'x-version']);

export interface ReadContext {
  readonly sourceText: string;
  /** Absolute path of the analysed file, to tell its positions from other modules'. */
  readonly filename: string | undefined;
  readonly site: SiteScope;
}

export function textOf(node: TSESTree.Node, context: ReadContext): string {
  const text = context.sourceText.slice(node.range[0], node.range[1]);
  return node.type === AST_NODE_TYPES.SequenceExpression ? `(${text})` : text;
}

/** A carried expression's text, after checking it means the same at the request site. */
export function carry(node: TSESTree.Node, what: string, context: ReadContext): string {
  assertCopyable(node, what, context.site, context.sourceText);
  return textOf(node, context);
}

/** axios's per-method header groups (`headers: { common: {…}, post: {…} }`): not header names. */
const AXIOS_HEADER_GROUPS = new Set(['common', 'get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'purge', 'link', 'unlink']);

/**
 * Reads a headers object (literal, or a `const` bound to one) into `carried`. For axios, the groups
 * that apply to the export's POST (`common`, `post`) are read as headers; the other methods' are not sent.
 */
export function readHeaders(node: TSESTree.Node, carried: CarriedOptions, context: ReadContext, axiosGroups = false): void {
  const object = resolveObject(node, context);
  if (!object) manual(`headers \`${textOf(node, context)}\` are not an object literal the codemod can read`);
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init' || property.method) {
      manual(`headers contain \`${textOf(property, context)}\`, which cannot be read statically`);
    }
    const name = getPropertyName(property);
    if (name === undefined) manual(`header name \`${textOf(property.key, context)}\` is computed`);
    const lower = name.toLowerCase();
    if (axiosGroups && AXIOS_HEADER_GROUPS.has(lower)) {
      if (lower === 'common' || lower === 'post') readHeaders(property.value, carried, context);
      continue;
    }
    if (WRAPPER_HEADERS.has(lower)) continue;
    if (lower === 'authorization') {
      readAuthorization(property.value, carried, context);
      continue;
    }
    carried.headers.push([property.computed ? `[${textOf(property.key, context)}]` : textOf(property.key, context), carry(property.value, `header ${name}`, context)]);
  }
}

/** `Bearer ${token}` / 'Bearer ' + token → `token`; any other value is passed on as the Authorization header. */
export function readAuthorization(value: TSESTree.Node, carried: CarriedOptions, context: ReadContext): void {
  const inner = unwrapExpression(value);
  const token = getBearerToken(inner);
  if (token) {
    carried.token = carry(token, 'token', context);
    return;
  }
  carried.headers.push(['Authorization', carry(value, 'Authorization header', context)]);
}

function getBearerToken(node: TSESTree.Node): TSESTree.Node | undefined {
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 1) {
    const [head, tail] = node.quasis;
    if (head?.value.cooked === 'Bearer ' && tail?.value.cooked === '') return node.expressions[0];
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+' && getStringValue(node.left) === 'Bearer ') return node.right;
  return undefined;
}

/** Whether `node` is the only body the endpoint takes, `{ format: 'pdf' }`, as an object or as JSON text. */
export function isPdfBody(node: TSESTree.Node, context: ReadContext, asJsonText: boolean): boolean {
  const inner = unwrapExpression(node);
  const constant = getConstInitializer(inner, context.site.scopeManager);
  if (constant) return isPdfBody(constant, context, asJsonText);
  if (asJsonText) {
    const text = getStringValue(inner);
    if (text !== undefined) return isPdfJson(text);
    if (inner.type === AST_NODE_TYPES.CallExpression && isJsonStringify(inner.callee) && inner.arguments.length === 1 && inner.arguments[0]) {
      return isPdfBody(inner.arguments[0], context, false);
    }
    return false;
  }
  if (inner.type !== AST_NODE_TYPES.ObjectExpression || inner.properties.length !== 1) return false;
  const property = inner.properties[0];
  return (
    property?.type === AST_NODE_TYPES.Property &&
    property.kind === 'init' &&
    getPropertyName(property) === 'format' &&
    getStringValue(property.value) === 'pdf'
  );
}

function isPdfJson(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && Object.keys(value).length === 1 && (value as { format?: unknown }).format === 'pdf';
  } catch {
    return false; // not JSON: not the pdf body
  }
}

function isJsonStringify(callee: TSESTree.Node): boolean {
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'JSON' &&
    getPropertyName(callee) === 'stringify'
  );
}

/** An object literal, directly or through a `const` in this file. */
export function resolveObject(node: TSESTree.Node, context: ReadContext): TSESTree.ObjectExpression | undefined {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.ObjectExpression) return inner;
  const constant = getConstInitializer(inner, context.site.scopeManager);
  const value = constant && unwrapExpression(constant);
  return value?.type === AST_NODE_TYPES.ObjectExpression ? value : undefined;
}

/** The properties of an options object by name; spreads and computed keys stop the plan. */
export function readProperties(object: TSESTree.ObjectExpression, what: string, context: ReadContext): Map<string, TSESTree.Property> {
  const properties = new Map<string, TSESTree.Property>();
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init') {
      manual(`${what} contain \`${textOf(property, context)}\`, which cannot be read statically`);
    }
    const name = getPropertyName(property);
    if (name === undefined) manual(`${what} contain the computed key \`${textOf(property.key, context)}\``);
    properties.set(name, property);
  }
  return properties;
}
