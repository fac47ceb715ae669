// Fix builder: makes a named export of a module available in the file, reusing an existing
// `import { … } from 'module'` when there is one, else adding an import after the last one.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/**
 * Whether `name` can be imported from `source` without changing what an existing binding means:
 * true when it is already imported from there or no scope of the file declares it.
 */
export function canImportName(sourceCode: Readonly<TSESLint.SourceCode>, name: string, source: string): boolean {
  return getImportsFrom(sourceCode, source).some((declaration) => importsName(declaration, name)) || !isNameBound(sourceCode, name);
}

/** The fixes that import `name` from `source` (none when it is already imported). Check canImportName first. */
export function getAddNamedImportFixes(fixer: TSESLint.RuleFixer, sourceCode: Readonly<TSESLint.SourceCode>, name: string, source: string): TSESLint.RuleFix[] {
  const program = sourceCode.ast;
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
