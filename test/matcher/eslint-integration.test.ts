// The matcher inside ESLint: ESLint's AST, parents and scope manager (with @typescript-eslint/parser),
// one analysis shared by several visitors of a rule.
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { findRequestSites, type RequestSite } from '../../src/matcher/index.js';
import { FIXTURES } from './helpers.js';

const seen: Array<readonly RequestSite[]> = [];

const probe: Rule.RuleModule = {
  meta: { type: 'problem', schema: [], messages: { site: '{{id}} via {{client}}' } },
  create(context) {
    const sites = () =>
      findRequestSites(context.sourceCode.ast as unknown as TSESTree.Program, {
        sourceText: context.sourceCode.text,
        scopeManager: context.sourceCode.scopeManager as never,
        options: { filename: context.filename },
        parserServices: context.sourceCode.parserServices as never,
      });
    return {
      Program() {
        seen.push(sites());
      },
      'Program:exit'() {
        const all = sites();
        seen.push(all);
        for (const site of all) context.report({ node: site.node as never, messageId: 'site', data: { id: site.match.entry.id, client: site.client } });
      },
    };
  },
};

describe('inside ESLint', () => {
  it('finds sites with ESLint’s scope manager and shares one analysis between visitors', () => {
    const linter = new Linter({ configType: 'flat' });
    const code = [
      "import axios from 'axios';",
      "import { EXPORT_PATH } from './paths.js';",
      "const api = axios.create({ baseURL: 'https://api.app.wdesk.com/prototype/platform' });",
      'export async function run(id: string, fetch: (u: string) => void) {',
      "  await api.post('/files/export');",
      "  fetch('/prototype/platform/files/export');",
      "  await globalThis.fetch(EXPORT_PATH.replace(':auditId', id), { method: 'POST' });",
      '}',
    ].join('\n');
    seen.length = 0;
    const messages = linter.verify(
      code,
      [{ files: ['**/*.ts'], languageOptions: { parser: tsParser as never }, plugins: { probe: { rules: { sites: probe } } }, rules: { 'probe/sites': 'error' } }],
      { filename: path.join(FIXTURES, 'eslint-inline.ts') },
    );
    expect(messages.map((message) => [message.line, message.message])).toEqual([
      [5, 'files-export via axios'],
      // A parameter named fetch is not the global, but a call given the deprecated URL is a request until proven otherwise.
      [6, 'files-export via unidentified'],
      [7, 'audit-sample-attachment-export via fetch'],
    ]);
    expect(seen[0]).toBe(seen[1]);
  });
});
