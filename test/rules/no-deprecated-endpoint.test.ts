// `no-deprecated-endpoint` on ESLint 10, through typescript-eslint's RuleTester.
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';
import rule, { type MessageIds, type Options } from '../../rules/no-deprecated-endpoint.js';
import { invalid, valid } from './no-deprecated-endpoint.cases.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ruleTester = new RuleTester();

// The tester bundles its own copy of @typescript-eslint/utils, whose RuleModule type is a distinct one.
type TesterRule = Parameters<typeof ruleTester.run<MessageIds, Options>>[1];
ruleTester.run('no-deprecated-endpoint', rule as unknown as TesterRule, { valid, invalid });
