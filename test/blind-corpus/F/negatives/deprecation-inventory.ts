// Inventory of deprecated Workiva endpoints shown on the platform-team dashboard. Nothing here is called.
export interface DeprecatedEndpoint {
  method: 'GET' | 'POST';
  template: string;
  sunset: string;
  replacement?: string;
}

export const DEPRECATED_WORKIVA_ENDPOINTS: readonly DeprecatedEndpoint[] = [
  {
    method: 'POST',
    template: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
    sunset: '2027-01-31',
    replacement: '/testForms/{testFormId}/testPhases/{testPhaseId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
  },
];

export function renderInventory(baseUrl: string): string[] {
  return DEPRECATED_WORKIVA_ENDPOINTS.map((e) => {
    const example = new URL(e.template.replace(/[{}]/g, ''), baseUrl);
    return `${e.method} ${example.pathname} (sunset ${e.sunset})${e.replacement ? ` -> ${e.replacement}` : ''}`;
  });
}
