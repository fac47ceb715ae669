// The one RuleCreator of the plugin: every rule's docs URL is built here from its name, and each
// configuration's options are merged with the defaults once, not once per linted file.
import { ESLintUtils } from '@typescript-eslint/utils';

/** Where the rule docs live; the docs generator and the rule meta both read it. */
export const DOCS_BASE_URL = 'https://github.com/workiva-sunset/workiva-sunset/blob/main/docs/rules';

export interface WorkivaSunsetRuleDocs {
  /** Whether `configs.recommended` turns the rule on. */
  readonly recommended: boolean;
  /** Whether the rule needs type information (it never does: types only sharpen the matcher). */
  readonly requiresTypeChecking: boolean;
}

const createNamedRule = ESLintUtils.RuleCreator<WorkivaSunsetRuleDocs>((name) => `${DOCS_BASE_URL}/${name}.md`);

/**
 * typescript-eslint's creator merges the defaults into the options with a structuredClone on every
 * file (as much as the rule's own work on a large tree where almost no file holds a request). ESLint
 * hands every file of one configuration the same options object (in a new array), so the merge is
 * kept per object.
 */
export const createRule: typeof createNamedRule = (rule) => {
  const created = createNamedRule(rule);
  type Options = Parameters<typeof rule.create>[1];
  const defaults = (rule.meta.defaultOptions ?? rule.defaultOptions ?? []) as Options;
  const merged = new WeakMap<object, Options>();
  return {
    ...created,
    create(context) {
      const key = getOptionsKey(context.options);
      let options = key === null ? undefined : merged.get(key);
      if (options === undefined) {
        options = ESLintUtils.applyDefault(defaults, context.options);
        if (key !== null) merged.set(key, options);
      }
      return rule.create(context, options);
    },
  };
};

const NO_OPTIONS = {};

/** The one options object a configuration gives (or none); null when options cannot be keyed. */
function getOptionsKey(options: readonly unknown[]): object | null {
  if (options.length === 0) return NO_OPTIONS;
  const [first] = options;
  return options.length === 1 && typeof first === 'object' && first !== null ? first : null;
}
