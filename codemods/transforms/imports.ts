// Adds the drop-in names to the file's imports, once, in the file's own module style: merged into an
// existing `import { … } from '<wrapper>'`, else a new ESM import, else (a file that uses require
// and no import) `const { … } = require('<wrapper>')`, typed with `as typeof import('<wrapper>')` in
// TypeScript. Returns a text edit on the original text.
import { Node, SyntaxKind, type SourceFile, type Statement } from 'ts-morph';
import type { TextEdit } from './text-edits.js';

export function importEdit(sourceFile: SourceFile, specifier: string, names: readonly string[], eol: string): TextEdit | undefined {
  const wanted = [...new Set(names)].sort();
  if (wanted.length === 0) return undefined;
  return mergeIntoImport(sourceFile, specifier, wanted) ?? mergeIntoRequire(sourceFile, specifier, wanted) ?? newImport(sourceFile, specifier, wanted, eol);
}

function mergeIntoImport(sourceFile: SourceFile, specifier: string, names: readonly string[]): TextEdit | undefined | null {
  for (const declaration of sourceFile.getImportDeclarations()) {
    if (declaration.getModuleSpecifierValue() !== specifier || declaration.isTypeOnly() || declaration.getNamespaceImport()) continue;
    const named = declaration.getNamedImports();
    const present = new Set(named.filter((n) => !n.isTypeOnly()).map((n) => (n.getAliasNode() ?? n.getNameNode()).getText()));
    const missing = names.filter((name) => !present.has(name));
    if (missing.length === 0) return null;
    const last = named[named.length - 1];
    if (last) return { start: last.getEnd(), end: last.getEnd(), text: `, ${missing.join(', ')}` };
    const defaultImport = declaration.getDefaultImport();
    if (defaultImport && !declaration.getImportClause()?.getNamedBindings()) {
      return { start: defaultImport.getEnd(), end: defaultImport.getEnd(), text: `, { ${missing.join(', ')} }` };
    }
  }
  return undefined;
}

function mergeIntoRequire(sourceFile: SourceFile, specifier: string, names: readonly string[]): TextEdit | undefined | null {
  for (const statement of sourceFile.getVariableStatements()) {
    for (const declaration of statement.getDeclarations()) {
      if (getRequiredSpecifier(declaration.getInitializer()) !== specifier) continue;
      const pattern = declaration.getNameNode();
      if (!Node.isObjectBindingPattern(pattern)) continue;
      const elements = pattern.getElements();
      const present = new Set(elements.map((element) => element.getName()));
      const missing = names.filter((name) => !present.has(name));
      if (missing.length === 0) return null;
      const last = elements[elements.length - 1];
      if (last) return { start: last.getEnd(), end: last.getEnd(), text: `, ${missing.join(', ')}` };
    }
  }
  return undefined;
}

function newImport(sourceFile: SourceFile, specifier: string, names: readonly string[], eol: string): TextEdit {
  const quote = detectQuote(sourceFile);
  const semicolon = detectSemicolons(sourceFile) ? ';' : '';
  const literal = `${quote}${specifier}${quote}`;
  const imports = sourceFile.getImportDeclarations();
  const lastImport = imports[imports.length - 1];
  if (lastImport) {
    return { start: lastImport.getEnd(), end: lastImport.getEnd(), text: `${eol}import { ${names.join(', ')} } from ${literal}${semicolon}` };
  }
  if (usesCommonJs(sourceFile)) {
    // In TypeScript a bare require() is `any`: the names keep the package's types through `typeof import()`.
    const typed = isTypeScriptFile(sourceFile) ? ` as typeof import(${literal})` : '';
    const line = `const { ${names.join(', ')} } = require(${literal})${typed}${semicolon}`;
    const requires = sourceFile.getStatements().filter(isRequireStatement);
    const lastRequire = requires[requires.length - 1];
    if (lastRequire) return { start: lastRequire.getEnd(), end: lastRequire.getEnd(), text: `${eol}${line}` };
    return insertAtTop(sourceFile, line, eol);
  }
  return insertAtTop(sourceFile, `import { ${names.join(', ')} } from ${literal}${semicolon}`, eol);
}

/** Before the first statement, after any header comment and directive prologue ('use strict'). */
function insertAtTop(sourceFile: SourceFile, line: string, eol: string): TextEdit {
  const statements = sourceFile.getStatements();
  let prologueEnd = -1;
  for (const statement of statements) {
    if (!isDirective(statement)) break;
    prologueEnd = statement.getEnd();
  }
  if (prologueEnd !== -1) return { start: prologueEnd, end: prologueEnd, text: `${eol}${line}` };
  const first = statements[0];
  if (!first) return { start: sourceFile.getEnd(), end: sourceFile.getEnd(), text: `${line}${eol}` };
  const start = first.getStart();
  return { start, end: start, text: `${line}${eol}${eol}` };
}

function isDirective(statement: Statement): boolean {
  return Node.isExpressionStatement(statement) && Node.isStringLiteral(statement.getExpression());
}

function usesCommonJs(sourceFile: SourceFile): boolean {
  const extension = sourceFile.getExtension();
  if (extension === '.mjs' || extension === '.mts') return false;
  if (sourceFile.getImportDeclarations().length > 0 || sourceFile.getExportDeclarations().length > 0 || sourceFile.getExportAssignments().length > 0) return false;
  if (extension === '.cjs' || extension === '.cts') return true;
  return sourceFile.getStatements().some(isRequireStatement) || sourceFile.getDescendantsOfKind(SyntaxKind.CallExpression).some((call) => call.getExpression().getText() === 'require');
}

/** `const x = require('…')`, or TypeScript's `import x = require('…')`. */
function isRequireStatement(statement: Statement): boolean {
  if (Node.isImportEqualsDeclaration(statement)) return Node.isExternalModuleReference(statement.getModuleReference());
  return Node.isVariableStatement(statement) && statement.getDeclarations().some((declaration) => getRequiredSpecifier(declaration.getInitializer()) !== undefined);
}

function isTypeScriptFile(sourceFile: SourceFile): boolean {
  return ['.ts', '.tsx', '.cts', '.mts'].includes(sourceFile.getExtension()) && !sourceFile.isDeclarationFile();
}

function getRequiredSpecifier(node: Node | undefined): string | undefined {
  if (!node || !Node.isCallExpression(node)) return undefined;
  const [argument] = node.getArguments();
  if (node.getExpression().getText() !== 'require' || !argument || !Node.isStringLiteral(argument)) return undefined;
  return argument.getLiteralValue();
}

function detectQuote(sourceFile: SourceFile): string {
  const first = sourceFile.getImportDeclarations()[0]?.getModuleSpecifier() ?? sourceFile.getFirstDescendantByKind(SyntaxKind.StringLiteral);
  return first?.getText().startsWith('"') ? '"' : "'";
}

function detectSemicolons(sourceFile: SourceFile): boolean {
  const statement = sourceFile.getStatements().find((s) => Node.isImportDeclaration(s) || Node.isVariableStatement(s) || Node.isExpressionStatement(s));
  return statement ? statement.getText().trimEnd().endsWith(';') : true;
}
