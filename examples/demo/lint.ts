// Lints a project the way a team's eslint.config.js would: TypeScript parser + the recommended config.
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import workivaSunset from '../../rules/index.js';

export async function lintProject(projectDir: string): Promise<{ problems: number; text: string }> {
  const eslint = new ESLint({
    cwd: projectDir,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, workivaSunset.configs.recommended as ESLint.Options['baseConfig'] & object],
  });
  const results = await eslint.lintFiles(['src']);
  const problems = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
  const formatter = await eslint.loadFormatter('stylish');
  return { problems, text: (await formatter.format(results)).trimEnd() };
}
