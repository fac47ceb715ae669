// Fix builder: makes a named export of a module available in the file, reusing an existing
// `import { … } from 'module'` when there is one, else adding an import after the last one. A
// CommonJS file (top-level `require` declarations, no import/export) gets a `require` instead,
// as the codemod writes it: an `import` there would not load.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/**
 * Whether `name` can be imported from `source` without changing what an existing binding means:
 * true when it is already imported from there or no scope of the file declares it.
 */
export function canImportName(sourceCode: Readonly<TSESLint.SourceCode>, name: string, source: string): boolean {
  if (getImportsFrom(sourceCode, source).some((declaration) => importsName(declaration, name))) return true;
  if (getRequiresFrom(sourceCode, source).some((pattern) => requiresName(pattern, name))) return true;
  return !isNameBound(sourceCode, name);
}

/** The fixes that import `name` from `source` (none when it is already imported). Check canImportName first. */
export function getAddNamedImportFixes(fixer: TSESLint.RuleFixer, sourceCode: Readonly<TSESLint.SourceCode>, name: string, source: string): TSESLint.RuleFix[] {
  const program = sourceCode.ast;
  if (isCommonJsFile(program)) return getAddRequireFixes(fixer, sourceCode, name, source);
  const imports = program.body.filter((statement): statement is TSESTree.ImportDeclaration => statement.type === AST_NODE_TYPES.ImportDeclaration);
  const fromSource = getImportsFrom(sourceCode, source);
  if (fromSource.some((declaration) => importsName(declaration, name))) return [];

  const named = fromSource.find((declaration) => declaration.specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier));
  if (named) {
    const last = named.specifiers.at(-1);
    if (last) return [fixer.insertTextAfter(last, `, ${name}`)];
  }
  const quoteChar = imports.at(-1)?.source.raw.startsWith('"') ? '"' : "'";
  const statement = `import { ${name} } from ${quoteChar}${source}${quoteChar};`;
  const eol = sourceCode.text.includes('\r\n') ? '\r\n' : '\n';
  const lastImport = imports.at(-1);
  if (lastImport) return [fixer.insertTextAfter(lastImport, `${eol}${statement}`)];
  const first = program.body[0];
  return [first ? fixer.insertTextBefore(first, `${statement}${eol}`) : fixer.insertTextAfterRange([0, 0], `${statement}${eol}`)];
}

/** Top-level `const x = require('…')` declarations and no import or export statement. */
function isCommonJsFile(program: TSESTree.Program): boolean {
  let requires = false;
  for (const statement of program.body) {
    switch (statement.type) {
      case AST_NODE_TYPES.ImportDeclaration:
      case AST_NODE_TYPES.ExportAllDeclaration:
      case AST_NODE_TYPES.ExportDefaultDeclaration:
      case AST_NODE_TYPES.ExportNamedDeclaration:
        return false;
      case AST_NODE_TYPES.VariableDeclaration:
        if (statement.declarations.some((declarator) => getRequireSource(declarator.init) !== undefined)) requires = true;
        break;
      default:
        break;
    }
  }
  return requires;
}

function getRequireSource(node: TSESTree.Node | null): string | undefined {
  if (node?.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'require') return undefined;
  const [argument] = node.arguments;
  return argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string' ? argument.value : undefined;
}

/** `const { … } = require(source)` patterns at the top level. */
function getRequiresFrom(sourceCode: Readonly<TSESLint.SourceCode>, source: string): TSESTree.ObjectPattern[] {
  const patterns: TSESTree.ObjectPattern[] = [];
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of statement.declarations) {
      if (declarator.id.type === AST_NODE_TYPES.ObjectPattern && getRequireSource(declarator.init) === source) patterns.push(declarator.id);
    }
  }
  return patterns;
}

function requiresName(pattern: TSESTree.ObjectPattern, name: string): boolean {
  return pattern.properties.some(
    (property) =>
      property.type === AST_NODE_TYPES.Property &&
      property.key.type === AST_NODE_TYPES.Identifier &&
      property.key.name === name &&
      property.value.type === AST_NODE_TYPES.Identifier &&
      property.value.name === name,
  );
}

function getAddRequireFixes(fixer: TSESLint.RuleFixer, sourceCode: Readonly<TSESLint.SourceCode>, name: string, source: string): TSESLint.RuleFix[] {
  const patterns = getRequiresFrom(sourceCode, source);
  if (patterns.some((pattern) => requiresName(pattern, name))) return [];
  const last = patterns[0]?.properties.at(-1);
  if (last) return [fixer.insertTextAfter(last, `, ${name}`)];
  const requireStatements = sourceCode.ast.body.filter(
    (statement) => statement.type === AST_NODE_TYPES.VariableDeclaration && statement.declarations.some((declarator) => getRequireSource(declarator.init) !== undefined),
  );
  const quoteChar = requireStatements.some((statement) => sourceCode.getText(statement).includes('require("')) ? '"' : "'";
  const eol = sourceCode.text.includes('\r\n') ? '\r\n' : '\n';
  const anchor = requireStatements.at(-1) as TSESTree.Node;
  return [fixer.insertTextAfter(anchor, `${eol}const { ${name} } = require(${quoteChar}${source}${quoteChar});`)];
}

function getImportsFrom(sourceCode: Readonly<TSESLint.SourceCode>, source: string): TSESTree.ImportDeclaration[] {
  return sourceCode.ast.body.filter(
    (statement): statement is TSESTree.ImportDeclaration =>
      statement.type === AST_NODE_TYPES.ImportDeclaration && statement.source.value === source && statement.importKind !== 'type',
  );
}

function importsName(declaration: TSESTree.ImportDeclaration, name: string): boolean {
  return declaration.specifiers.some(
    (specifier) =>
      specifier.type === AST_NODE_TYPES.ImportSpecifier &&
      specifier.importKind !== 'type' &&
      specifier.local.name === name &&
      (specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value) === name,
  );
}

/** Whether any scope of the file declares `name` (so a new import would clash or shadow). */
function isNameBound(sourceCode: Readonly<TSESLint.SourceCode>, name: string): boolean {
  return sourceCode.scopeManager?.scopes.some((scope) => scope.set.has(name)) ?? false;
}
