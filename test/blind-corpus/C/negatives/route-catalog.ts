/**
 * Catalogue of platform routes used for the API-usage report (we count which routes each service
 * references). These strings are only compared against access logs; they are never requested.
 */
export const KNOWN_PLATFORM_ROUTES: ReadonlyArray<{ route: string; sunset: string }> = [
  { route: 'GET /prototype/platform/audits/{auditId}', sunset: '2027-01-31' },
  { route: 'POST /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export', sunset: '2027-01-31' },
  { route: 'POST /prototype/platform/files/export', sunset: '2027-01-31' },
  { route: 'POST /testForms/{testFormId}/testPhases/{testPhaseId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export', sunset: 'none' },
];

export function matchRoute(accessLogLine: string): string | undefined {
  const [method, path] = accessLogLine.split(' ');
  return KNOWN_PLATFORM_ROUTES.find(({ route }) => {
    const [m, template] = route.split(' ');
    if (m !== method || !template || !path) return false;
    const pattern = new RegExp('^' + template.replace(/\{[^}]+\}/g, '[^/]+') + '$');
    return pattern.test(path);
  })?.route;
}
