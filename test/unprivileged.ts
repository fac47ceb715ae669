// Runs a command so that file permissions apply to it: unchanged for a normal user; as root, still
// uid 0 but with every capability dropped (no CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH), so a chmod 000
// file gives EACCES while the checkout stays reachable even where it lives in a 0700 directory (a
// `mktemp -d` clone), which switching to `nobody` could not reach.
export function withFilePermissionsEnforced(command: readonly string[]): string[] {
  if (process.getuid?.() !== 0) return [...command];
  return ['setpriv', '--inh-caps=-all', '--bounding-set=-all', ...command];
}
