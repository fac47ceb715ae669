// The flat configs of the plugin and the factory behind them: severity follows the countdown (or the
// team's own release version), and the phase is written into the rule options so ESLint's cache,
// which hashes the config, re-lints every file when the phase changes.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import semver from 'semver';
import type { SunsetPhase } from '../src/catalog/index.js';
import type { Options } from './no-deprecated-endpoint.js';
import { DEFAULT_WINDOW_DAYS, getMostUrgentPhase, getPhaseFingerprint, resolveToday } from './utils/countdown.js';
import { getCheckedEntries, type MatcherRuleOptions } from './utils/matcher-options.js';

export const PLUGIN_NAME = 'workiva-sunset';
export const RULE_ID = `${PLUGIN_NAME}/no-deprecated-endpoint`;

export type Severity = 'off' | 'warn' | 'error';

export interface EscalateWhen {
  /** Semver range: once the team's package version satisfies it, the rule is an error. */
  readonly version: string;
  /** The package.json to read (relative to the working directory). Default: the nearest one from it. */
  readonly packageJson?: string;
}

export interface ConfigOptions extends MatcherRuleOptions {
  /** YYYY-MM-DD; default `WORKIVA_SUNSET_TODAY`, else the real date. Computed once, here. */
  readonly today?: string;
  /** Days before a sunset that count as imminent. Default 30. */
  readonly windowDays?: number;
  /** Severity per phase. Default: deprecated 'warn', imminent 'error', sunset 'error'. */
  readonly severity?: Partial<Readonly<Record<SunsetPhase, Severity>>>;
  /** Tie escalation to the team's release: 'error' once its version satisfies the range. */
  readonly escalateWhen?: EscalateWhen;
  /** Config name shown by `eslint --inspect-config`. */
  readonly name?: string;
  /** Working directory for `escalateWhen.packageJson`. Default `process.cwd()`. */
  readonly cwd?: string;
}

export const DEFAULT_SEVERITY: Readonly<Record<SunsetPhase, Severity>> = { deprecated: 'warn', imminent: 'error', sunset: 'error' };
const STRICT_SEVERITY: Readonly<Record<SunsetPhase, Severity>> = { deprecated: 'error', imminent: 'error', sunset: 'error' };

export class EscalationConfigError extends Error {
  override readonly name = 'EscalationConfigError';
  constructor(
    message: string,
    readonly code: 'PACKAGE_JSON_NOT_FOUND' | 'PACKAGE_VERSION_INVALID' | 'RANGE_INVALID',
    readonly file: string | null,
  ) {
    super(message);
  }
}

/** Builds a flat config that registers `plugin` as `workiva-sunset` and turns the rule on. */
export function createConfig(plugin: TSESLint.FlatConfig.Plugin, options: ConfigOptions = {}): TSESLint.FlatConfig.Config {
  const today = resolveToday(options.today);
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const entries = getCheckedEntries(options.endpoints);
  const phase = getMostUrgentPhase(entries, today.time, windowDays);
  const severity = isEscalatedByVersion(options.escalateWhen, options.cwd ?? process.cwd())
    ? 'error'
    : { ...DEFAULT_SEVERITY, ...options.severity }[phase];

  const ruleOptions: Options[0] = {
    // A pinned day goes into the hash too; the real date does not, so the cache lives for a whole phase.
    ...(today.source === 'clock' ? {} : { today: today.iso }),
    windowDays,
    phase: getPhaseFingerprint(entries, today.time, windowDays),
    ...(options.mocks === undefined ? {} : { mocks: options.mocks }),
    ...(options.additionalSenders === undefined ? {} : { additionalSenders: options.additionalSenders }),
    ...(options.endpoints === undefined ? {} : { endpoints: options.endpoints }),
  };
  return {
    name: options.name ?? `${PLUGIN_NAME}/custom`,
    plugins: { [PLUGIN_NAME]: plugin },
    rules: { [RULE_ID]: [severity, ruleOptions] },
  };
}

/** `configs.strict`-style options: every phase is an error (for PR checks). */
export function withStrictSeverity(options: ConfigOptions = {}): ConfigOptions {
  return { ...options, severity: STRICT_SEVERITY };
}

function isEscalatedByVersion(escalateWhen: EscalateWhen | undefined, cwd: string): boolean {
  if (!escalateWhen) return false;
  const range = semver.validRange(escalateWhen.version);
  if (range === null) {
    throw new EscalationConfigError(`escalateWhen.version ${JSON.stringify(escalateWhen.version)} is not a semver range`, 'RANGE_INVALID', null);
  }
  const file = escalateWhen.packageJson ? path.resolve(cwd, escalateWhen.packageJson) : findPackageJson(cwd);
  if (file === undefined || !existsSync(file)) {
    throw new EscalationConfigError(`escalateWhen: no package.json found (looked for ${file ?? `one above ${cwd}`})`, 'PACKAGE_JSON_NOT_FOUND', file ?? null);
  }
  const version = getPackageVersion(file);
  if (version === undefined) {
    throw new EscalationConfigError(`escalateWhen: ${file} has no valid semver "version"`, 'PACKAGE_VERSION_INVALID', file);
  }
  return semver.satisfies(version, range, { includePrerelease: true });
}

function findPackageJson(from: string): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package.json');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function getPackageVersion(file: string): string | undefined {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || !('version' in parsed) || typeof parsed.version !== 'string') return undefined;
  return semver.valid(parsed.version) ?? undefined;
}
