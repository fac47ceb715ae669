export interface ExportConfig {
  apiUrl: string;
  token: string;
  /** Flip once the tenant is migrated to test forms. */
  useTestForms: boolean;
  /** Optional full URL override for the legacy export (used by the staging proxy). */
  legacyExportUrlOverride?: string;
  testFormId?: string;
  testPhaseId?: string;
}

export function loadConfig(env: NodeJS.ProcessEnv, fallback: { baseUrl: string; token: string }): ExportConfig {
  return {
    apiUrl: (env.WORKIVA_API_URL ?? fallback.baseUrl).replace(/\/$/, ''),
    token: env.WORKIVA_TOKEN ?? fallback.token,
    useTestForms: env.WORKIVA_USE_TEST_FORMS === 'true',
    legacyExportUrlOverride: env.WORKIVA_LEGACY_EXPORT_URL || undefined,
    testFormId: env.WORKIVA_TEST_FORM_ID,
    testPhaseId: env.WORKIVA_TEST_PHASE_ID,
  };
}
