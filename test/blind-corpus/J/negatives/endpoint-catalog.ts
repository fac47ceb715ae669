// Inventory of Workiva endpoints we depend on, rendered into the API-usage report. Never used to send requests.
export interface EndpointInfo {
  method: 'GET' | 'POST';
  template: string;
  sunset: string;
  replacement?: string;
}

export const WORKIVA_ENDPOINTS: readonly EndpointInfo[] = [
  { method: 'GET', template: '/prototype/platform/audits/{auditId}', sunset: '2027-01-31' },
  {
    method: 'POST',
    template: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
    sunset: '2027-01-31',
    replacement: '/testForms/{testFormId}/testPhases/{testPhaseId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
  },
  { method: 'POST', template: '/prototype/platform/files/export', sunset: '2027-01-31' },
];

export function renderUsageReport(): string {
  return WORKIVA_ENDPOINTS.map((e) => `| ${e.method} | \`${e.template}\` | ${e.sunset} | ${e.replacement ?? '-'} |`).join('\n');
}

export const LEGACY_EXPORT_SEGMENTS = ['prototype', 'platform', 'audits', ':auditId', 'procedures', ':procedureId', 'attachments', ':attachmentId', 'export'] as const;
