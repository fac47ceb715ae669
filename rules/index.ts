// The ESLint plugin (`import workivaSunset from '@workiva-sunset/tools/eslint-plugin'`), for ESLint 9 and 10
// flat configs: the rule, `configs.recommended` / `configs.strict`, and `configs.create()`.
import type { TSESLint } from '@typescript-eslint/utils';
import { createConfig, PLUGIN_NAME, withStrictSeverity, type ConfigOptions } from './configs.js';
import noDeprecatedEndpoint from './no-deprecated-endpoint.js';
import { readToolsVersion } from '../src/tools-package.js';

export type { ConfigOptions, EscalateWhen, Severity } from './configs.js';
export { EscalationConfigError } from './configs.js';
export type { MessageIds, Options } from './no-deprecated-endpoint.js';

export interface WorkivaSunsetConfigs {
  /** Severity from the countdown: 'warn' far from the sunset, 'error' inside the window and after it. */
  readonly recommended: TSESLint.FlatConfig.Config;
  /** Always 'error' (PR checks). */
  readonly strict: TSESLint.FlatConfig.Config;
  /** A config with a pinned today, another window, per-phase severities or a version-tied escalation. */
  create(options?: ConfigOptions): TSESLint.FlatConfig.Config;
}

export interface WorkivaSunsetPlugin {
  readonly meta: { readonly name: string; readonly version: string };
  readonly rules: { readonly 'no-deprecated-endpoint': typeof noDeprecatedEndpoint };
  readonly configs: WorkivaSunsetConfigs;
}


let recommended: TSESLint.FlatConfig.Config | undefined;
let strict: TSESLint.FlatConfig.Config | undefined;

const plugin: WorkivaSunsetPlugin = {
  meta: { name: PLUGIN_NAME, version: readToolsVersion() },
  rules: { 'no-deprecated-endpoint': noDeprecatedEndpoint },
  configs: {
    // Built on first use (when eslint.config.js reads it), so "today" is computed once per process.
    get recommended() {
      return (recommended ??= createConfig(asFlatPlugin(), { name: `${PLUGIN_NAME}/recommended` }));
    },
    get strict() {
      return (strict ??= createConfig(asFlatPlugin(), withStrictSeverity({ name: `${PLUGIN_NAME}/strict` })));
    },
    create(options = {}) {
      return createConfig(asFlatPlugin(), options);
    },
  },
};

function asFlatPlugin(): TSESLint.FlatConfig.Plugin {
  return plugin as unknown as TSESLint.FlatConfig.Plugin;
}

export default plugin;
