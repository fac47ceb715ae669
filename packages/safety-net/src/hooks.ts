// The transport hooks, installed once per process: by installSafetyNet (every export is routed) or
// by the first withExportRouting call (only the exports sent inside such calls are). A second copy of
// this package finds the first one's hooks through a global symbol and installs none.
import { hookFetch } from './fetch-hook.js';
import { hookHttp } from './http-hook.js';
import { hookRequest } from './request-hook.js';
import { hookUndici } from './undici-hook.js';

const HOOKED = Symbol.for('workiva-sunset.safety-net.hooks');
const ROUTES_ALL = Symbol.for('workiva-sunset.safety-net.installed');
type Global = typeof globalThis & { [HOOKED]?: () => void; [ROUTES_ALL]?: true };

export function ensureHooks(): void {
  const global = globalThis as Global;
  if (global[HOOKED]) return;
  const restores = [hookFetch(), hookRequest(), hookHttp(), hookUndici()];
  global[HOOKED] = () => restores.forEach((restore) => restore());
}

export function removeHooks(): void {
  const global = globalThis as Global;
  global[HOOKED]?.();
  delete global[HOOKED];
  delete global[ROUTES_ALL];
}

/** Whether every export of the process is routed (the safety net is installed), not only explicit calls. */
export function routesAllExports(): boolean {
  return (globalThis as Global)[ROUTES_ALL] === true;
}

export function setRoutesAllExports(): void {
  (globalThis as Global)[ROUTES_ALL] = true;
}
