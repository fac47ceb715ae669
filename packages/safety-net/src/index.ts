// Public entry of `@workiva-sunset/safety-net`: the run-time net under every call of the deprecated
// export. Most deployments only load `@workiva-sunset/safety-net/register`; this entry is for an
// onRoute hook, the counters, and tests.
export { installSafetyNet, uninstallSafetyNet, isSafetyNetInstalled, INTERCEPT_ENV_VAR, type SafetyNetOptions } from './install.js';
export { safetyNetStats, resetReport as resetSafetyNetStats, WARNING_CODE, type RouteEvent, type SafetyNetStats, type SafetyNetStack } from './report.js';
export { withExportRouting } from './scope.js';
export { matchExport, type ExportMatch } from './match.js';
export { resetPacing } from './pacing.js';
