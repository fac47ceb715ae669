// Measures the two migration designs on the realistic sources in this repository:
//   drop-in   — replace the export call only, by a drop-in whose result looks like the 202 (chosen);
//   whole-flow — recognise export → poll → download in one function and replace it all with one
//                exportSampleAttachment() call.
// For whole-flow it counts an optimistic upper bound: a site counts when its function has the full
// shape (bound result, a poll loop, a download of resourceUrl, the bytes returned, the 202 only read
// for headers/status/body) AND the drop-in planner could read everything it needs to carry over.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/typescript-estree';
import type { ScopeManager } from '@typescript-eslint/scope-manager';
import { findRequestSites, parseForMatcher, type RequestSite } from '../src/matcher/index.js';
import { isMigratableSite, planRewrite } from '../src/rewrite/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = [
  ...listFiles(path.join(root, 'examples/legacy-app/src')),
  ...listFiles(path.join(root, 'test/fixtures/codemod-programs')),
  ...listFiles(path.join(root, 'codemods/__testfixtures__')).filter((file) => file.endsWith('.input.ts')),
];

function listFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(directory, name))
    .sort();
}

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;
const LOOPS = new Set<string>([AST_NODE_TYPES.WhileStatement, AST_NODE_TYPES.DoWhileStatement, AST_NODE_TYPES.ForStatement, AST_NODE_TYPES.ForOfStatement]);
const READ_ONLY_MEMBERS = new Set(['headers', 'status', 'statusCode', 'ok', 'json', 'text', 'body', 'data']);

function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.FunctionDeclaration || current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.ArrowFunctionExpression) return current;
  }
  return undefined;
}

function walk(node: TSESTree.Node, visit: (node: TSESTree.Node) => void): void {
  visit(node);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && typeof (child as { type?: unknown }).type === 'string' && 'range' in child) walk(child as TSESTree.Node, visit);
    }
  }
}

/** Whether the function holding the site has the whole export → poll → download shape. */
function flowReason(site: RequestSite, text: string, scopeManager: ScopeManager): string | null {
  const fn = enclosingFunction(site.node);
  if (!fn || fn.body.type !== AST_NODE_TYPES.BlockStatement) return 'not inside a function body';
  let outer: TSESTree.Node = site.node;
  while (outer.parent && (outer.parent.type === AST_NODE_TYPES.AwaitExpression || outer.parent.type === AST_NODE_TYPES.TSAsExpression)) outer = outer.parent;
  const declarator = outer.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return 'the 202 is not bound to a variable';
  const name = declarator.id.name;
  const variable = scopeManager.getDeclaredVariables(declarator)[0];
  const escapes = variable?.references.some((reference) => {
    const use = reference.identifier.parent;
    if (reference.init) return false;
    return use?.type !== AST_NODE_TYPES.MemberExpression || use.object !== reference.identifier || use.property.type !== AST_NODE_TYPES.Identifier || !READ_ONLY_MEMBERS.has(use.property.name);
  });
  if (escapes) return `the 202 (\`${name}\`) is used beyond its headers/status/body`;
  let loop: TSESTree.Node | undefined;
  let download: TSESTree.Node | undefined;
  walk(fn.body, (node) => {
    if (LOOPS.has(node.type) && node.range[0] > site.node.range[1] && !loop) loop = node;
    if (node.type === AST_NODE_TYPES.CallExpression && node.range[0] > site.node.range[1] && /resourceUrl|resourceURL/.test(text.slice(node.range[0], node.range[1])) && !download) download = node;
  });
  if (!loop) return 'no polling loop after the export in the same function';
  if (!download) return 'no download of resourceUrl in the same function';
  const returns: TSESTree.ReturnStatement[] = [];
  walk(fn.body, (node) => {
    if (node.type === AST_NODE_TYPES.ReturnStatement && enclosingFunction(node) === fn) returns.push(node);
  });
  const downloadedName = download.parent?.type === AST_NODE_TYPES.AwaitExpression && download.parent.parent?.type === AST_NODE_TYPES.VariableDeclarator && download.parent.parent.id.type === AST_NODE_TYPES.Identifier ? download.parent.parent.id.name : undefined;
  const returnsDownload = returns.length > 0 && returns.every((statement) => {
    if (!statement.argument) return false;
    const returned = text.slice(statement.argument.range[0], statement.argument.range[1]);
    return (downloadedName !== undefined && new RegExp(`\\b${downloadedName}\\b`).test(returned)) || /resourceUrl|resourceURL/.test(returned);
  });
  if (!returnsDownload) return 'the function does not return the downloaded file';
  return null;
}

let sites = 0;
let dropIn = 0;
let flow = 0;
const rows: string[] = [];
for (const file of corpus) {
  const text = readFileSync(file, 'utf8');
  const { program, scopeManager } = parseForMatcher(text, file);
  for (const site of findRequestSites(program, { sourceText: text, scopeManager, options: { filename: file } }).filter(isMigratableSite)) {
    sites++;
    const plan = planRewrite(site, text, { scopeManager, filename: file });
    const flowProblem = plan.kind === 'rewrite' ? flowReason(site, text, scopeManager) : `drop-in planner: ${plan.reason}`;
    if (plan.kind === 'rewrite') dropIn++;
    if (flowProblem === null) flow++;
    rows.push(`| ${path.relative(root, file)}:${site.node.loc.start.line} | ${site.client} | ${plan.kind === 'rewrite' ? 'yes' : 'no'} | ${flowProblem === null ? 'yes' : `no — ${flowProblem}`} |`);
  }
}
console.log(`| site | client | drop-in | whole flow |\n|---|---|---|---|\n${rows.join('\n')}`);
console.log(`\n${sites} export sites in ${corpus.length} files: drop-in migrates ${dropIn} (${Math.round((100 * dropIn) / sites)} %), whole-flow at most ${flow} (${Math.round((100 * flow) / sites)} %).`);
