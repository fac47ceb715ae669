/** Endpoint inventory for the sunset dashboard; these strings are displayed, never requested. */
export interface DeprecatedEndpoint {
  method: 'GET' | 'POST';
  path: string;
  sunset: string;
  replacement?: string;
}

export const DEPRECATED_ENDPOINTS: readonly DeprecatedEndpoint[] = [
  { method: 'GET', path: '/prototype/platform/audits/{auditId}', sunset: '2027-01-31' },
  {
    method: 'POST',
    path: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
    sunset: '2027-01-31',
    replacement: '/testForms/{testFormId}/testPhases/{testPhaseId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
  },
  { method: 'POST', path: '/prototype/platform/files/export', sunset: '2027-01-31' },
];

export const LEGACY_EXPORT_DOC_URL = 'https://developers.workiva.com/2022-01-01/auditsampleattachmentexportbyid/';
export const LEGACY_EXPORT_OPERATION_ID = 'auditSampleAttachmentExportById';

export function renderMarkdownTable(rows: readonly DeprecatedEndpoint[] = DEPRECATED_ENDPOINTS): string {
  const lines = ['| Method | Path | Sunset | Replacement |', '|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.method} | \`${r.path}\` | ${r.sunset} | ${r.replacement ?? '-'} |`);
  return lines.join('\n');
}

export function daysUntilSunset(now = new Date()): number {
  return Math.ceil((Date.parse('2027-01-31T00:00:00Z') - now.getTime()) / 86_400_000);
}
