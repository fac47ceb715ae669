// The one RuleCreator of the plugin: every rule's docs URL is built here from its name.
import { ESLintUtils } from '@typescript-eslint/utils';

/** Where the rule docs live; the docs generator and the rule meta both read it. */
export const DOCS_BASE_URL = 'https://github.com/workiva-sunset/workiva-sunset/blob/main/docs/rules';

export interface WorkivaSunsetRuleDocs {
  /** Whether `configs.recommended` turns the rule on. */
  readonly recommended: boolean;
  /** Whether the rule needs type information (it never does: types only sharpen the matcher). */
  readonly requiresTypeChecking: boolean;
}

export const createRule = ESLintUtils.RuleCreator<WorkivaSunsetRuleDocs>((name) => `${DOCS_BASE_URL}/${name}.md`);
