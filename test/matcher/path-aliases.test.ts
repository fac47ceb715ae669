// Project import aliases: tsconfig `paths` (also from an extended config, relative to its `baseUrl`,
// several targets tried in order) and package.json `imports`, resolved like relative imports.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripJsonComments } from '../../src/matcher/path-aliases.js';
import { getLocalImportSpecifiers, resolveLocalModule } from '../../src/matcher/sibling-files.js';
import { FIXTURES } from './helpers.js';

const APP = path.resolve(FIXTURES, '../rules/aliased-app');
const FROM = path.join(APP, 'src/jobs/export-job.ts');

describe('project import aliases', () => {
  it('resolves tsconfig paths declared in an extended config, relative to its baseUrl, trying each target', () => {
    expect(resolveLocalModule(FROM, '@/config/endpoints')).toBe(path.join(APP, 'src/config/endpoints.ts'));
    expect(resolveLocalModule(FROM, '@/client')).toBe(path.join(APP, 'src/generated/client.ts'));
    expect(resolveLocalModule(FROM, '@/missing')).toBeNull();
  });

  it('resolves package.json imports with conditions, and leaves packages alone', () => {
    expect(resolveLocalModule(FROM, '#lib/paths')).toBe(path.join(APP, 'lib/paths.ts'));
    expect(resolveLocalModule(FROM, 'got')).toBeNull();
    expect(resolveLocalModule(path.join(FIXTURES, 'inline.ts'), '@/config/endpoints')).toBeNull();
  });

  it('lists aliased and relative specifiers a file imports, not packages', () => {
    const text = "import got from 'got';\nimport { A } from '@/config/endpoints';\nconst b = require('./b');\nimport('#lib/paths');";
    expect(getLocalImportSpecifiers(text, FROM)).toEqual(['@/config/endpoints', './b', '#lib/paths']);
  });

  it('reads tsconfig comments and trailing commas without touching strings', () => {
    const text = '{ "a": "https://x/*y*/", // note\n "b": [1, 2,], /* c */ }';
    expect(JSON.parse(stripJsonComments(text))).toEqual({ a: 'https://x/*y*/', b: [1, 2] });
  });
});
