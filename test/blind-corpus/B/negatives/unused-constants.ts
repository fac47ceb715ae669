/**
 * Reference data for the migration dashboard: which legacy routes a tenant still uses, scraped from
 * access logs. Nothing here is ever requested.
 */
export const LEGACY_ROUTES = {
  sampleAttachmentExport: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
  filesExport: '/prototype/platform/files/export',
} as const;

export const SUNSET_DATE = new Date('2027-01-31T00:00:00Z');

export const REPLACEMENTS: Record<keyof typeof LEGACY_ROUTES, string> = {
  sampleAttachmentExport: '/testForms/{testFormId}/testPhases/{testPhaseId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
  filesExport: '/files/export',
};

export function daysUntilSunset(now = new Date()): number {
  return Math.ceil((SUNSET_DATE.getTime() - now.getTime()) / 86_400_000);
}

export function migrationRow(route: keyof typeof LEGACY_ROUTES, hits: number) {
  return { route: LEGACY_ROUTES[route], replacement: REPLACEMENTS[route], hits, daysLeft: daysUntilSunset() };
}
