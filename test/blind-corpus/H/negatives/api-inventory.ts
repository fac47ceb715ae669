// Inventory of platform endpoints this monorepo depends on; rendered into the quarterly dependency report.
export interface ApiDependency {
  method: 'GET' | 'POST';
  path: string;
  owner: string;
  sunset?: string;
  replacement?: string;
}

export const API_INVENTORY: ApiDependency[] = [
  { method: 'GET', path: '/prototype/platform/audits/{auditId}', owner: 'evidence' },
  {
    method: 'POST',
    path: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
    owner: 'evidence',
    sunset: '2027-01-31',
    replacement: '/testForms/{testFormId}/testPhases/{testPhaseId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
  },
  { method: 'POST', path: '/prototype/platform/files/export', owner: 'document-center' },
];

export function renderInventory(deps: ApiDependency[] = API_INVENTORY): string {
  return deps.map((d) => `${d.method.padEnd(5)} ${d.path}${d.sunset ? `  (sunset ${d.sunset}${d.replacement ? ` -> ${d.replacement}` : ''})` : ''}`).join('\n');
}
