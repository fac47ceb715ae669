// A coarse reading of a string-building expression for the skeleton net: where the exact evaluation
// (resolve-expression.ts) gives up — a template filled by `.replace()`/`reduce`, a `util.format`
// template, a custom tagged template, a segment array, a helper it cannot follow, a `URL` whose
// `pathname` is assigned later — this keeps the pieces of text in order, with a hole for each unknown.
import type { Variable } from '@typescript-eslint/scope-manager';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import { findProperty, getImportedName, getMemberName, getReturnedExpressions, getSingleReturnedExpression, isFunctionNode, skipTypeWrappers, type FunctionNode } from './ast.js';
import { getParameterArguments } from './call-sites.js';
import { getEnclosingClass, getInstanceClass, getInstanceMember, getStaticMember } from './class-instances.js';
import { getClassMethodNode, getConstructorArguments, getPrototypeMethodNode } from './class-members.js';
import { resolveLocalModule, urlTextMentionsKeyword } from './sibling-files.js';
import { findExport, loadSiblingModule } from './module-exports.js';
import { getSingleInitializer, resolveVariable, type ModuleContext } from './module-context.js';
import { dynamicPart, evaluate, evaluateParts, literalText } from './resolve-expression.js';
import { mapSegments, type Segment } from './mapped-arrays.js';
import { getMethodsNamed } from './named-methods.js';
import { getRouteTableNames } from './route-tables.js';
import { matchSkeleton } from './skeleton.js';
import type { UrlPart } from './types.js';
import { isAllText, partsText, textPart } from './url-parts.js';
import { EMPTY_BINDINGS } from './values.js';

/** Nesting followed before a piece becomes a hole. */
const MAX_DEPTH = 16;
/** String methods whose receiver keeps the skeleton (they fill, trim or extend it). */
export const KEEPING_METHODS: ReadonlySet<string> = new Set(['replace', 'replaceAll', 'concat', 'trim', 'trimStart', 'trimEnd', 'toString', 'valueOf', 'normalize', 'slice', 'substring']);
/** Keeping methods that keep only the tail of their receiver: the skeleton survives a start, not an end. */
const CUTTING_METHODS = new Set(['slice', 'substring']);
/** Properties of a `URL` that hold its path. */
const URL_KEEPING_PROPERTIES = new Set(['href', 'pathname']);
/** Properties of a config object that hold its URL. */
export const URL_PROPERTIES = ['url', 'path', 'uri', 'href', 'endpoint', 'pathname'];

/** The expression's URL parts, exact where the evaluator knows them, coarse where it does not. */
export function getSkeletonParts(node: TSESTree.Node, ctx: ModuleContext, depth = 0): UrlPart[] {
  const known = memo.get(node);
  if (known) return known;
  // A value that depends on itself (`path = path.replace(…)`) is a hole while it is being read.
  if (known === null) return hole(node, ctx);
  memo.set(node, null);
  let parts: UrlPart[] = [];
  try {
    const exact = evaluateParts(node, ctx);
    parts = depth >= MAX_DEPTH || matchSkeleton(exact) ? exact : (coarseParts(skipTypeWrappers(node), ctx, depth + 1) ?? exact);
  } finally {
    memo.set(node, parts);
  }
  return parts;
}

/** Each node is read once (nodes belong to one parse), which also keeps shared constants linear. */
const memo = new WeakMap<TSESTree.Node, UrlPart[] | null>();

function hole(node: TSESTree.Node, ctx: ModuleContext): UrlPart[] {
  return [dynamicPart(node, ctx, EMPTY_BINDINGS, false)];
}

function coarseParts(node: TSESTree.Node, ctx: ModuleContext, depth: number): UrlPart[] | undefined {
  // A route definition the evaluator resolves to an object literal (`endpoints.exportAttachment`, a
  // namespace import's member): its URL property, read where it is written.
  if (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.MemberExpression) {
    const value = evaluate(node, ctx);
    if (value.kind === 'object') {
      const parts = objectUrlParts(value.node, value.ctx, depth);
      if (parts) return parts;
    }
  }
  switch (node.type) {
    case AST_NODE_TYPES.TemplateLiteral:
      return node.quasis.flatMap((quasi, index) => {
        const expression = node.expressions[index];
        // A quasi's range includes its delimiters: "`" or "}" before the text.
        const text = literalText(quasi.value.cooked ?? quasi.value.raw, quasi, ctx, 1);
        return expression ? [text, ...getSkeletonParts(expression, ctx, depth)] : [text];
      });
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === '+' ? [...getSkeletonParts(node.left, ctx, depth), ...getSkeletonParts(node.right, ctx, depth)] : undefined;
    case AST_NODE_TYPES.TaggedTemplateExpression:
      return getSkeletonParts(node.quasi, ctx, depth);
    case AST_NODE_TYPES.ConditionalExpression:
      return firstMatching([node.consequent, node.alternate], ctx, depth);
    case AST_NODE_TYPES.LogicalExpression:
      return firstMatching([node.left, node.right], ctx, depth);
    case AST_NODE_TYPES.CallExpression:
      return callParts(node, ctx, depth);
    case AST_NODE_TYPES.NewExpression:
      return relativeUrlParts(node, ctx, depth) ?? firstMatching(node.arguments, ctx, depth);
    case AST_NODE_TYPES.ObjectExpression:
      return objectUrlParts(node, ctx, depth);
    case AST_NODE_TYPES.ArrayExpression:
      // A segment array handed to a builder (`buildPath(['prototype', …, 'export'])`): its segments in order.
      return joinedParts(node, undefined, ctx, depth, '/');
    case AST_NODE_TYPES.Identifier:
      return identifierParts(node, ctx, depth);
    case AST_NODE_TYPES.MemberExpression:
      // `url.href`, `url.pathname` of a URL built from the path keep it.
      if (URL_KEEPING_PROPERTIES.has(getMemberName(node) ?? '')) return getSkeletonParts(node.object, ctx, depth);
      return thisMemberParts(node, ctx, depth) ?? instanceMemberParts(node, ctx, depth) ?? propertyParts(node, ctx, depth) ?? namedMemberParts(node, ctx);
    default:
      return undefined;
  }
}

/** `new URL(path, base)`: the path resolved against its base, as base + `/` + path (enough for the skeleton). */
function relativeUrlParts(node: TSESTree.NewExpression, ctx: ModuleContext, depth: number): UrlPart[] | undefined {
  const [path, base] = node.arguments;
  if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'URL' || !path || !base) return undefined;
  const pathParts = getSkeletonParts(path, ctx, depth);
  if (matchSkeleton(pathParts)) return pathParts;
  const parts = [...getSkeletonParts(base, ctx, depth), textPart('/', null, null), ...pathParts];
  return matchSkeleton(mergeSlashes(parts)) ? mergeSlashes(parts) : undefined;
}

/** `…/platform/` + `/` + `audits/…`: the doubled separator a relative resolution does not produce. */
function mergeSlashes(parts: readonly UrlPart[]): UrlPart[] {
  const merged: UrlPart[] = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    if (part.kind === 'text' && previous?.kind === 'text' && previous.value.endsWith('/') && part.value.startsWith('/')) merged.push(textPart(part.value.slice(1), part.at, null));
    else merged.push(part);
  }
  return merged;
}

/**
 * `template.replace(…)`, `[…].join('/')`, `Object.entries(p).reduce(fill, template)`, and any other
 * call (a `format`, a helper the evaluator cannot follow): the first argument that spells a skeleton.
 */
function callParts(node: TSESTree.CallExpression, ctx: ModuleContext, depth: number): UrlPart[] | undefined {
  const callee = skipTypeWrappers(node.callee);
  const name = callee.type === AST_NODE_TYPES.MemberExpression ? getMemberName(callee) : undefined;
  if (callee.type === AST_NODE_TYPES.MemberExpression && name !== undefined) {
    // `segments.concat('export')` on a segment list is a longer list (handed to a builder, like a literal).
    const list = name === 'concat' ? getArrayElements(node, ctx, depth) : undefined;
    if (list) return joinedElements(list, depth, '/');
    // `.slice(1)` drops a leading `/`; `.slice(0, n)` cuts the path's tail, and its skeleton with it.
    if (KEEPING_METHODS.has(name) && !(CUTTING_METHODS.has(name) && node.arguments.length > 1)) return getSkeletonParts(callee.object, ctx, depth);
    if (name === 'join') return joinedParts(callee.object, node.arguments[0], ctx, depth);
    if (name === 'reduce' || name === 'reduceRight') return node.arguments[1] ? getSkeletonParts(node.arguments[1], ctx, depth) : undefined;
  }
  // What an HTTP library returns is a request or a response, never the URL it was given; `node:path`
  // and `node:url` (`url.resolve(base, path)`, `path.posix.join(…)`) return the URL they build.
  const calleeValue = evaluate(callee, ctx);
  const buildsUrl = calleeValue.kind === 'library' && (calleeValue.library === 'path' || calleeValue.library === 'url');
  if (!buildsUrl && (calleeValue.kind === 'library' || calleeValue.kind === 'instance' || calleeValue.kind === 'library-result')) return undefined;
  const returned = returnedParts(node, ctx, depth) ?? namedMethodParts(callee, ctx, depth);
  if (returned) return returned;
  const argument = firstMatching(node.arguments, ctx, depth);
  if (argument && matchSkeleton(argument)) return argument;
  return segmentArgumentParts(node, ctx, depth) ?? argument;
}

/** `toPath('prototype', 'platform', 'audits', a, …, 'export')`: the arguments as the segments of a path, in order. */
function segmentArgumentParts(node: TSESTree.CallExpression, ctx: ModuleContext, depth: number): UrlPart[] | undefined {
  if (node.arguments.length < 3) return undefined;
  const parts = joinedElements(node.arguments.flatMap((argument) => expandSpread(argument, ctx, depth)), depth, '/');
  return matchSkeleton(parts) ? parts : undefined;
}

/** A helper the exact evaluation could not finish: what it returns, read coarsely in its own module. */
function returnedParts(node: TSESTree.CallExpression, ctx: ModuleContext, depth: number): UrlPart[] | undefined {
  const helper = getCalledFunction(node, ctx);
  if (!helper) return undefined;
  // A helper with several returns (`if (flag) return new Request(successorUrl, …); return new Request(legacyUrl, …)`)
  // may hand back the deprecated path on one of them.
  const parts = firstMatching(getReturnedExpressions(helper.node), helper.ctx, depth);
  return parts && isSkeletonPiece(parts) ? parts : undefined;
}

/** The function a call runs: a helper the evaluator resolves, or `this.method(…)` of the enclosing class. */
function getCalledFunction(node: TSESTree.CallExpression, ctx: ModuleContext): { node: FunctionNode; ctx: ModuleContext } | undefined {
  const callee = skipTypeWrappers(node.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.ThisExpression) {
    const name = getMemberName(callee);
    const method = name === undefined ? undefined : getClassMethodNode(callee.object, name);
    if (method) return { node: method, ctx };
    const assigned = name === undefined ? undefined : getPrototypeMethodNode(ctx.program, name);
    if (assigned) return { node: assigned, ctx };
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type !== AST_NODE_TYPES.ThisExpression) {
    // `ref.exportUrl()` on an instance of the code's own class, `Gateway.exportPath(dto)` a static method of it.
    const name = getMemberName(callee);
    const instance = name === undefined ? undefined : getInstanceClass(callee.object, ctx);
    const member = instance && name !== undefined ? getInstanceMember(instance, name) : undefined;
    if (member?.kind === 'method') return { node: member.fn, ctx: member.ctx };
    const cls = name === undefined ? undefined : evaluate(callee.object, ctx);
    const staticMember = cls?.kind === 'class' && name !== undefined ? getStaticMember({ node: cls.node, ctx: cls.ctx }, name) : undefined;
    if (staticMember?.kind === 'method') return { node: staticMember.fn, ctx: staticMember.ctx };
  }
  const value = evaluate(callee, ctx);
  return value.kind === 'function' ? { node: value.node, ctx: value.ctx } : undefined;
}

function joinedParts(array: TSESTree.Node, separatorNode: TSESTree.Node | undefined, ctx: ModuleContext, depth: number, defaultSeparator = ','): UrlPart[] | undefined {
  const elements = getArrayElements(array, ctx, depth);
  if (!elements) return undefined;
  const separator = separatorNode ? evaluate(separatorNode, ctx) : undefined;
  const text = separator === undefined ? defaultSeparator : separator.kind === 'string' && isAllText(separator.parts) ? partsText(separator.parts) : '/';
  return joinedElements(elements, depth, text);
}

function joinedElements(elements: readonly Segment[], depth: number, text: string): UrlPart[] {
  return elements.flatMap((element, index) => {
    const separatorPart = index > 0 ? [textPart(text, null, null)] : [];
    return [...separatorPart, ...readSegment(element, depth)];
  });
}

function readSegment(element: Segment, depth: number): UrlPart[] {
  if (element.parts) return [...element.parts];
  if (!element.node || element.node.type === AST_NODE_TYPES.SpreadElement) return element.node ? hole(element.node, element.ctx) : [];
  return getSkeletonParts(element.node, element.ctx, depth);
}

/**
 * The segments of an array: a literal (spreads of known arrays expanded), a variable initialised with
 * one and grown by `push`/`unshift`, or what a helper returns (`[base, ...exportSegments(ids)]`).
 * `.map(encodeURIComponent)` and `.filter(Boolean)` keep the segments.
 */
function getArrayElements(node: TSESTree.Node, ctx: ModuleContext, depth: number): Segment[] | undefined {
  if (depth >= MAX_DEPTH) return undefined;
  const target = skipElementwise(skipTypeWrappers(node));
  if (target.type === AST_NODE_TYPES.ArrayExpression) return target.elements.flatMap((element) => expandSpread(element, ctx, depth));
  if (target.type === AST_NODE_TYPES.Identifier) return getGrownArray(target, ctx, depth) ?? getParameterArray(target, ctx, depth);
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const value = getPropertyValue(target, ctx, depth);
    return value ? getArrayElements(value.node, value.ctx, depth + 1) : undefined;
  }
  if (target.type === AST_NODE_TYPES.CallExpression) {
    const mapped = getMappedElements(target, ctx, depth) ?? getConcatenatedElements(target, ctx, depth);
    if (mapped) return mapped;
    const helper = getCalledFunction(target, ctx);
    const returned = helper ? getSingleReturnedExpression(helper.node) : undefined;
    return helper && returned ? getArrayElements(returned, helper.ctx, depth + 1) : undefined;
  }
  return undefined;
}

function expandSpread(element: TSESTree.Expression | TSESTree.SpreadElement | null, ctx: ModuleContext, depth: number): Segment[] {
  if (element?.type !== AST_NODE_TYPES.SpreadElement) return [{ node: element, ctx }];
  return getArrayElements(element.argument, ctx, depth + 1) ?? [{ node: element, ctx }];
}

/**
 * What this module's calls pass for a parameter, but only pieces of a path (a base, a segment list, a
 * job object): a call that passes the whole path is the request itself (`this.request('POST', path)`
 * in business code), and the generic send inside the team's layer is not reported again.
 */
function getPassedPieces(variable: Variable, ctx: ModuleContext, depth: number): TSESTree.Node[] {
  const passed = getParameterArguments(variable, ctx);
  // A helper called with different values (`compile(ROUTES.audit, …)`, `compile(ROUTES.export, …)`)
  // holds none of them in particular: without per-call bindings, its parameter stays unknown.
  if (new Set(passed.map((argument) => ctx.sourceText.slice(argument.range[0], argument.range[1]))).size !== 1) return [];
  return passed.filter((argument) => !matchSkeleton(getSkeletonParts(argument, ctx, depth)));
}

/** A parameter given a segment list by this module's calls. */
function getParameterArray(node: TSESTree.Identifier, ctx: ModuleContext, depth: number): Segment[] | undefined {
  const variable = resolveVariable(ctx, node);
  for (const argument of variable ? getPassedPieces(variable, ctx, depth) : []) {
    const elements = getArrayElements(argument, ctx, depth + 1);
    if (elements) return elements;
  }
  return undefined;
}

/** `const parts = ['prototype', …]; parts.push('attachments', id, 'export')`: initialiser, then pushes in source order. */
function getGrownArray(node: TSESTree.Identifier, ctx: ModuleContext, depth: number): Segment[] | undefined {
  const variable = resolveVariable(ctx, node);
  const init = getSingleInitializer(variable);
  const array = init ? skipTypeWrappers(init) : undefined;
  // `const segments = pairs.flatMap(…)`: a list made by a call, read where it is made.
  if (array && array.type !== AST_NODE_TYPES.ArrayExpression) return getArrayElements(array, ctx, depth + 1);
  if (!variable || array?.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  const front: Segment[] = [];
  const back: Segment[] = [];
  const growing = variable.references
    .map((reference) => reference.identifier.parent)
    .filter((parent): parent is TSESTree.MemberExpression => parent?.type === AST_NODE_TYPES.MemberExpression && parent.parent?.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent)
    .sort((left, right) => left.range[0] - right.range[0]);
  for (const member of growing) {
    const call = member.parent as TSESTree.CallExpression;
    const name = getMemberName(member);
    const added = call.arguments.flatMap((argument) => expandSpread(argument, ctx, depth));
    if (name === 'push') back.push(...added);
    else if (name === 'unshift') front.unshift(...added);
  }
  return [...front, ...array.elements.flatMap((element) => expandSpread(element, ctx, depth)), ...back];
}

/** `segments.map(encodeURIComponent)`, `.filter(Boolean)`: the same segments, for the skeleton. */
function skipElementwise(node: TSESTree.Node): TSESTree.Node {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return node;
  const name = getMemberName(node.callee);
  // A callback written here builds new segments (mapped-arrays.ts); a named function only encodes them.
  if (name === 'map' && isFunctionNode(skipTypeWrappers(node.arguments[0] ?? node))) return node;
  return name === 'map' || name === 'filter' ? skipElementwise(skipTypeWrappers(node.callee.object)) : node;
}

/** `list.concat('export')`, `list.concat(more, ['export'])`: the list, then each argument (arrays spread). */
function getConcatenatedElements(call: TSESTree.CallExpression, ctx: ModuleContext, depth: number): Segment[] | undefined {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getMemberName(callee) !== 'concat') return undefined;
  const head = getArrayElements(callee.object, ctx, depth + 1);
  if (!head) return undefined;
  const tail = call.arguments.flatMap((argument): Segment[] => (argument.type === AST_NODE_TYPES.SpreadElement ? expandSpread(argument, ctx, depth) : (getArrayElements(argument, ctx, depth + 1) ?? [{ node: argument, ctx }])));
  return [...head, ...tail];
}

/** `list.map(cb)`, `list.flatMap(cb)`, `Array.from(list, cb)` with the callback written inline. */
function getMappedElements(call: TSESTree.CallExpression, ctx: ModuleContext, depth: number): Segment[] | undefined {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const name = getMemberName(callee);
  const isArrayFrom = name === 'from' && callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === 'Array';
  const [source, callback] = isArrayFrom ? [call.arguments[0], call.arguments[1]] : name === 'map' || name === 'flatMap' ? [callee.object, call.arguments[0]] : [];
  const fn = callback ? skipTypeWrappers(callback) : undefined;
  if (!source || !fn || !isFunctionNode(fn)) return undefined;
  const elements = getArrayElements(source, ctx, depth + 1);
  return elements ? mapSegments(elements, fn, name === 'flatMap', (segment) => readSegment(segment, depth + 1)) : undefined;
}

/**
 * `ref.exportPath()` on a value of a class the matcher cannot see: a method of that name in this
 * module or one it imports that returns a whole catalog path (named-methods.ts).
 */
function namedMethodParts(callee: TSESTree.Node, ctx: ModuleContext, depth: number): UrlPart[] | undefined {
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type === AST_NODE_TYPES.ThisExpression) return undefined;
  // Only a receiver the matcher knows nothing about: a class (`Paths.exportUrl()`) has static members only.
  if (evaluate(callee.object, ctx).kind !== 'unknown') return undefined;
  const name = getMemberName(callee);
  for (const method of name === undefined ? [] : getMethodsNamed(ctx, name)) {
    const parts = firstMatching(getReturnedExpressions(method.fn), method.ctx, depth);
    if (parts && matchSkeleton(parts)) return parts;
  }
  return undefined;
}

/** `this.path` set from a constructor argument: what the module's `new Resource(…, path)` calls pass. */
function thisMemberParts(node: TSESTree.MemberExpression, ctx: ModuleContext, depth: number): UrlPart[] | undefined {
  const name = getMemberName(node);
  if (node.object.type !== AST_NODE_TYPES.ThisExpression || name === undefined) return undefined;
  return firstMatching(getConstructorArguments(node.object, name, ctx.program), ctx, depth);
}

/**
 * `ref.exportPath` of `const ref = new SampleRef(…)` (or `this.exportPath` inside the class): a getter's
 * returned expression or a field's initialiser, read coarsely in the class's own module.
 */
function instanceMemberParts(node: TSESTree.MemberExpression, ctx: ModuleContext, depth: number): UrlPart[] | undefined {
  const name = getMemberName(node);
  if (name === undefined) return undefined;
  const instance = node.object.type === AST_NODE_TYPES.ThisExpression ? getEnclosingClass(node, ctx) : getInstanceClass(node.object, ctx);
  const member = instance ? getInstanceMember(instance, name) : undefined;
  if (!member || member.kind === 'method') return undefined;
  const value = member.kind === 'field' ? member.value : getSingleReturnedExpression(member.fn);
  const parts = value ? getSkeletonParts(value, member.ctx, depth) : undefined;
  return parts && isSkeletonPiece(parts) ? parts : undefined;
}

/** `job.action` where `job` is an object literal this module builds or passes (propertyValue). */
function propertyParts(node: TSESTree.MemberExpression, ctx: ModuleContext, depth: number): UrlPart[] | undefined {
  const value = getPropertyValue(node, ctx, depth);
  return value ? getSkeletonParts(value.node, value.ctx, depth) : undefined;
}

/**
 * The value of `object.name` when `object` is an object literal: written there, held by a variable,
 * returned by a helper (`jobFor(ids)`), or passed by this module's calls for a parameter.
 */
function getPropertyValue(node: TSESTree.MemberExpression, ctx: ModuleContext, depth: number): { node: TSESTree.Node; ctx: ModuleContext } | undefined {
  const name = getMemberName(node);
  if (name === undefined || depth >= MAX_DEPTH) return undefined;
  for (const source of getObjectSources(node.object, ctx, depth)) {
    const property = findProperty(source.node, name);
    if (property) return { node: property.value, ctx: source.ctx };
  }
  return undefined;
}

function getObjectSources(node: TSESTree.Node, ctx: ModuleContext, depth: number): { node: TSESTree.ObjectExpression; ctx: ModuleContext }[] {
  const target = skipTypeWrappers(node);
  if (depth >= MAX_DEPTH) return [];
  if (target.type === AST_NODE_TYPES.ObjectExpression) return [{ node: target, ctx }];
  if (target.type === AST_NODE_TYPES.CallExpression) {
    const helper = getCalledFunction(target, ctx);
    const returned = helper ? getSingleReturnedExpression(helper.node) : undefined;
    return helper && returned ? getObjectSources(returned, helper.ctx, depth + 1) : [];
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return [];
  const variable = resolveVariable(ctx, target);
  if (!variable) return [];
  const init = getSingleInitializer(variable);
  const values = init ? [init] : getPassedPieces(variable, ctx, depth);
  return values.flatMap((value) => getObjectSources(value, ctx, depth + 1));
}

/**
 * `settings.routes.attachmentExport` read off a parameter, an injected config or a value returned by
 * another module: the route of that (distinctive) name in a table of this module or one it imports.
 */
function namedMemberParts(node: TSESTree.MemberExpression, ctx: ModuleContext): UrlPart[] | undefined {
  const name = getMemberName(node);
  return name === undefined ? undefined : getRouteTableNames(ctx).get(name);
}

/**
 * A config object's URL property (`{ method: 'POST', url }`), when it spells a skeleton; else any
 * other property that spells a whole one (`rest({ resource: ['prototype', …, 'export'] })`).
 */
function objectUrlParts(node: TSESTree.ObjectExpression, ctx: ModuleContext, depth: number): UrlPart[] | undefined {
  for (const key of URL_PROPERTIES) {
    const property = findProperty(node, key);
    if (!property) continue;
    // `path: (params) => `/prototype/…/export``: a route definition's path is what its function returns.
    const value = skipTypeWrappers(property.value);
    const parts = isFunctionNode(value) ? firstMatching(getReturnedExpressions(value), ctx, depth) : getSkeletonParts(property.value, ctx, depth);
    if (parts && matchSkeleton(parts)) return parts;
  }
  for (const property of node.properties) {
    if (property.type !== AST_NODE_TYPES.Property || isFunctionNode(property.value)) continue;
    const value = skipTypeWrappers(property.value);
    const parts = value.type === AST_NODE_TYPES.ArrayExpression ? joinedParts(value, undefined, ctx, depth, '/') : getSkeletonParts(value, ctx, depth);
    if (parts && matchSkeleton(parts)) return parts;
  }
  return undefined;
}

/** The first node that spells a whole skeleton, else the first that spells a piece of one. */
function firstMatching(nodes: readonly TSESTree.Node[], ctx: ModuleContext, depth: number): UrlPart[] | undefined {
  let piece: UrlPart[] | undefined;
  for (const node of nodes) {
    if (node.type === AST_NODE_TYPES.SpreadElement) continue;
    const parts = getSkeletonParts(node, ctx, depth);
    if (matchSkeleton(parts)) return parts;
    if (!piece && isSkeletonPiece(parts)) piece = parts;
  }
  return piece;
}

/** Parts with a fixed segment of a catalog path in their text: a piece a longer expression may complete. */
export function isSkeletonPiece(parts: readonly UrlPart[]): boolean {
  return urlTextMentionsKeyword(parts.map((part) => (part.kind === 'text' ? part.value : '/')).join(''));
}

/**
 * A local variable: its initialiser read coarsely, or, for a `URL` object, the path assigned to it
 * afterwards (`url.pathname = …`, `url.href = …`).
 */
function identifierParts(node: TSESTree.Identifier, ctx: ModuleContext, depth: number): UrlPart[] | undefined {
  const variable = resolveVariable(ctx, node);
  if (!variable) return undefined;
  // A parameter holds what this module's calls of its function pass.
  const passed = getPassedPieces(variable, ctx, depth);
  if (passed.length > 0) return firstMatching(passed, ctx, depth);
  const imported = importedParts(variable, ctx, depth);
  if (imported) return imported;
  // Every value written to it: `let path = template; path = path.replace(…)` keeps the template's skeleton.
  const written = firstMatching(getWrittenValues(variable), ctx, depth);
  if (written && matchSkeleton(written)) return written;
  // Built in steps: `let path = `${PLATFORM}/audits/${a}`; path += `/procedures/${p}`; …`.
  const appended = getAppendedValues(variable);
  if (appended.length > 0) {
    const parts = [...(written ?? hole(node, ctx)), ...appended.flatMap((value) => getSkeletonParts(value, ctx, depth))];
    if (matchSkeleton(parts)) return parts;
  }
  for (const reference of variable.references) {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
    const assignment = member.parent;
    if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== member) continue;
    const name = getMemberName(member);
    if (name !== 'pathname' && name !== 'href') continue;
    const parts = getSkeletonParts(assignment.right, ctx, depth);
    if (matchSkeleton(parts)) return parts;
  }
  return written;
}

/**
 * `import { exportSampleAttachment } from './endpoints'` bound to a value the exact evaluation cannot
 * finish (`endpoint<Req, Res>()({ method, path })`): its initialiser, read coarsely in its own module.
 */
function importedParts(variable: Variable, ctx: ModuleContext, depth: number): UrlPart[] | undefined {
  const definition = variable.defs.length === 1 ? variable.defs[0] : undefined;
  const specifier = definition?.type === 'ImportBinding' ? definition.node : undefined;
  const declaration = definition?.parent;
  if (specifier?.type !== AST_NODE_TYPES.ImportSpecifier || declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
  const file = resolveLocalModule(ctx.file, declaration.source.value);
  const module = file ? loadSiblingModule(file) : null;
  const target = module ? findExport(module, getImportedName(specifier)) : null;
  const initializer = target?.kind === 'variable' ? getSingleInitializer(target.variable) : null;
  if (!target || !initializer) return undefined;
  const parts = getSkeletonParts(initializer, target.module, depth);
  return matchSkeleton(parts) ? parts : undefined;
}

/** A local variable's initialiser and the values later assigned to it with `=`. */
function getWrittenValues(variable: Variable): TSESTree.Node[] {
  const values: TSESTree.Node[] = [];
  for (const definition of variable.defs) {
    if (definition.node.type === AST_NODE_TYPES.VariableDeclarator && definition.node.id.type === AST_NODE_TYPES.Identifier && definition.node.init) values.push(definition.node.init);
  }
  for (const reference of variable.references) {
    const assignment = reference.identifier.parent;
    if (reference.isWrite() && assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.operator === '=' && assignment.left === reference.identifier) values.push(assignment.right);
  }
  return values;
}

/** The values appended to a variable with `+=`, in source order. */
function getAppendedValues(variable: Variable): TSESTree.Node[] {
  return variable.references
    .map((reference) => reference.identifier.parent)
    .filter((parent): parent is TSESTree.AssignmentExpression => parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === '+=' && parent.left.type === AST_NODE_TYPES.Identifier && parent.left.name === variable.name)
    .sort((left, right) => left.range[0] - right.range[0])
    .map((assignment) => assignment.right);
}
