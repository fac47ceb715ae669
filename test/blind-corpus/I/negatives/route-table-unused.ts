// Route catalogue shown in the internal API explorer. Templates are displayed, never requested.
export const WORKIVA_ROUTE_CATALOGUE = [
  { name: 'Get audit', method: 'GET', template: '/prototype/platform/audits/:auditId' },
  { name: 'Update samples', method: 'POST', template: '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/update' },
  {
    name: 'Export sample attachment (deprecated)',
    method: 'POST',
    template: '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export',
  },
  { name: 'Export file', method: 'POST', template: '/prototype/platform/files/export' },
] as const;

export function renderCatalogue(): string {
  return WORKIVA_ROUTE_CATALOGUE.map((r) => `${r.method.padEnd(5)} ${r.template}  — ${r.name}`).join('\n');
}
