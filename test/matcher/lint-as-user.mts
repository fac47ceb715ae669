// Lints one file with the plugin and prints the messages as JSON: run by sibling-files.test.ts as
// another (non-root) user, so file permissions apply. Argument: the file to lint.
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { readFileSync } from 'node:fs';
import plugin from '../../rules/index.js';

const file = process.argv[2]!;
const messages = new Linter({ cwd: path.dirname(path.resolve(file)) }).verify(
  readFileSync(file, 'utf8'),
  [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser as Linter.Parser },
      plugins: { 'workiva-sunset': plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
      rules: { 'workiva-sunset/no-deprecated-endpoint': ['error', { today: '2026-11-28' }] },
    },
  ],
  { filename: path.resolve(file) },
);
process.stdout.write(JSON.stringify(messages.map(({ ruleId, messageId, fatal, message }) => ({ ruleId, messageId, fatal, message }))));
