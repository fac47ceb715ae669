// Route table for the platform endpoints used by the reporting service.
export const PLATFORM_ROUTES = {
  getAudit: '/prototype/platform/audits/:auditId',
  getSample: '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId',
  updateSamples: '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/update',
  exportSampleAttachment: '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export', // blind-corpus: path=route-table-axios-1,route-table-axios-2
  exportFiles: '/prototype/platform/files/export',
} as const;

export type RouteName = keyof typeof PLATFORM_ROUTES;

export function fillRoute(template: string, params: Record<string, string>): string {
  return template.replace(/:([A-Za-z]+)/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing route param ${name} for ${template}`);
    return encodeURIComponent(value);
  });
}
