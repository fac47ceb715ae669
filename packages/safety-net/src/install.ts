// Installs the hooks once per process (a second load, even of another copy of this package, finds
// the first through a global symbol and does nothing) unless WORKIVA_SUNSET_INTERCEPT=off.
import { ensureHooks, removeHooks, routesAllExports, setRoutesAllExports } from './hooks.js';
import { setOnRoute, type RouteEvent } from './report.js';

/** Environment variable that turns the safety net off (`off`, `0` or `false`) without a code change. */
export const INTERCEPT_ENV_VAR = 'WORKIVA_SUNSET_INTERCEPT';

export interface SafetyNetOptions {
  /** Called for every intercepted export instead of the once-per-call-site process warning. */
  readonly onRoute?: (event: RouteEvent) => void;
}

function isDisabled(env: NodeJS.ProcessEnv): boolean {
  const value = env[INTERCEPT_ENV_VAR]?.trim().toLowerCase();
  return value === 'off' || value === '0' || value === 'false';
}

/**
 * Hooks fetch, undici and node:http/https so calls of the deprecated export follow the routing switch.
 * Returns whether this call installed it (false when disabled by the environment or already installed).
 */
export function installSafetyNet(options: SafetyNetOptions = {}, env: NodeJS.ProcessEnv = process.env): boolean {
  if (isDisabled(env) || routesAllExports()) return false;
  setOnRoute(options.onRoute);
  ensureHooks();
  setRoutesAllExports();
  return true;
}

/** Whether the safety net is installed in this process. */
export function isSafetyNetInstalled(): boolean {
  return routesAllExports();
}

/** Removes the hooks, also those withExportRouting installed (for tests and benchmarks). */
export function uninstallSafetyNet(): void {
  removeHooks();
  setOnRoute(undefined);
}
