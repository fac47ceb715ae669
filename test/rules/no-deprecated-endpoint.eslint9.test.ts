// `no-deprecated-endpoint` on ESLint 9, through ESLint's own RuleTester with the TypeScript parser:
// the same cases as on ESLint 10.
import tsParser from '@typescript-eslint/parser';
import { RuleTester, type Rule } from 'eslint9';
import { describe, it } from 'vitest';
import rule from '../../rules/no-deprecated-endpoint.js';
import { invalid, valid } from './no-deprecated-endpoint.cases.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ruleTester = new RuleTester({ languageOptions: { parser: tsParser } });

ruleTester.run('no-deprecated-endpoint', rule as unknown as Rule.RuleModule, {
  valid: valid as RuleTester.ValidTestCase[],
  invalid: invalid as RuleTester.InvalidTestCase[],
});
