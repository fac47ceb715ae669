// The ESLint plugin (`import workivaSunset from 'workiva-sunset/eslint-plugin'`), for ESLint 9 and 10
// flat configs: the rule, `configs.recommended` / `configs.strict`, and `configs.create()`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TSESLint } from '@typescript-eslint/utils';
import { createConfig, PLUGIN_NAME, withStrictSeverity, type ConfigOptions } from './configs.js';
import noDeprecatedEndpoint from './no-deprecated-endpoint.js';

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

/** The version of this package, read from its package.json (source and built layouts differ in depth). */
function readOwnVersion(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === PLUGIN_NAME && typeof pkg.version === 'string') return pkg.version;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (path.dirname(dir) === dir) throw new Error(`${PLUGIN_NAME}: cannot find its own package.json above ${fileURLToPath(import.meta.url)}`);
  }
}

let recommended: TSESLint.FlatConfig.Config | undefined;
let strict: TSESLint.FlatConfig.Config | undefined;

const plugin: WorkivaSunsetPlugin = {
  meta: { name: PLUGIN_NAME, version: readOwnVersion() },
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
