// Route catalogue generated from the API docs for the internal developer portal. Nothing here is sent.
export const PLATFORM_ROUTES: ReadonlyArray<{ method: string; path: string; deprecated: boolean; sunset?: string }> = [
  { method: 'GET', path: '/prototype/platform/audits/{auditId}', deprecated: false },
  {
    method: 'POST',
    path: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
    deprecated: true,
    sunset: '2027-01-31',
  },
  { method: 'POST', path: '/testForms/{testFormId}/testPhases/{testPhaseId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export', deprecated: false },
];

export function renderRouteTable(): string {
  return PLATFORM_ROUTES.map((r) => `${r.method.padEnd(6)} ${r.path}${r.deprecated ? `  (deprecated, sunset ${r.sunset})` : ''}`).join('\n');
}
