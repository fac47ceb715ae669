export type RouteParams = Record<string, string>;

/** Express-style templates shared with the mock server in the integration tests. */
export const ROUTES = {
  audit: '/prototype/platform/audits/:auditId',
  sample: '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId',
  attachmentExport: '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export', // blind-corpus: path=route-table-1,route-table-2
  filesExport: '/prototype/platform/files/export',
} as const;

export function compile(route: string, params: RouteParams): string {
  return route.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing route param ${name} for ${route}`);
    return encodeURIComponent(value);
  });
}

export interface AttachmentRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export function endpointsFor(baseUrl: string) {
  const root = baseUrl.replace(/\/$/, '');
  return {
    audit: (auditId: string) => root + compile(ROUTES.audit, { auditId }),
    sample: (ref: Omit<AttachmentRef, 'attachmentId'>) => root + compile(ROUTES.sample, { ...ref }),
    exportAttachment: (ref: AttachmentRef) => root + compile(ROUTES.attachmentExport, { ...ref }),
  };
}
