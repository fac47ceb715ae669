export interface Flags {
  /** Switch attachment exports to the testForms API (X-Version 2026-01-01). Off until the testForm ids are backfilled. */
  useTestFormsExport: boolean;
}

export function readFlags(env: NodeJS.ProcessEnv = process.env): Flags {
  return { useTestFormsExport: env['FF_TESTFORMS_EXPORT'] === 'true' };
}
