// One TypeScript compiler per codemod process. The rewrite runs on ts-morph, which bundles its own
// copy of TypeScript; the shared matcher parses with typescript-estree, which requires the
// `typescript` package: two ~9 MB compilers to load, about 1 s each on a pull-request check. Imported
// before typescript-estree is first loaded, this module hands estree ts-morph's copy instead
// (estree reads syntax kinds from the object it is given, ts-morph's wrappers need their own), so
// the process loads one compiler. The ESLint plugin never imports this: it uses the project's own.
import Module, { createRequire } from 'node:module';
import { ts } from 'ts-morph';

const require = createRequire(import.meta.url);

/** Where typescript-estree's `require('typescript')` resolves to, or undefined when it cannot be resolved. */
function getEstreeTypescriptPath(): string | undefined {
  try {
    return createRequire(require.resolve('@typescript-eslint/typescript-estree')).resolve('typescript');
  } catch {
    // No `typescript` beside estree: nothing to share (estree reports its own missing dependency).
    return undefined;
  }
}

/** True when estree will now get ts-morph's compiler (false if something loaded `typescript` first: both then work). */
export function shareTypescriptWithEstree(): boolean {
  const file = getEstreeTypescriptPath();
  if (file === undefined || require.cache[file]) return false;
  const preset = new Module(file);
  preset.filename = file;
  preset.exports = ts;
  preset.loaded = true;
  require.cache[file] = preset;
  return true;
}

shareTypescriptWithEstree();
