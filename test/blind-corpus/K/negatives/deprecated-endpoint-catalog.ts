// Inventory used by the platform team's weekly "sunset readiness" report. Nothing here sends requests.
export interface DeprecatedEndpoint {
  method: 'GET' | 'POST';
  template: string;
  sunset: string;
  replacement?: string;
}

export const DEPRECATED_ENDPOINTS: readonly DeprecatedEndpoint[] = [
  {
    method: 'POST',
    template: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
    sunset: '2027-01-31',
    replacement: '/testForms/{testFormId}/testPhases/{testPhaseId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
  },
  { method: 'GET', template: '/prototype/platform/audits/{auditId}', sunset: '2027-01-31' },
  { method: 'POST', template: '/prototype/platform/files/{fileId}/export', sunset: '2027-01-31' },
];

const asRegex = (template: string) => new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`);

/** Classifies access-log lines from the egress proxy. */
export function matchDeprecated(method: string, path: string): DeprecatedEndpoint | undefined {
  return DEPRECATED_ENDPOINTS.find((e) => e.method === method && asRegex(e.template).test(path));
}

export function daysUntilSunset(e: DeprecatedEndpoint, now = new Date()): number {
  return Math.ceil((Date.parse(e.sunset) - now.getTime()) / 86_400_000);
}
