export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface EndpointDef {
  method: HttpMethod;
  path: string;
  /** Dated API version header, when the endpoint needs one. */
  version?: string;
}

export const WORKIVA_ENDPOINTS = {
  getAudit: { method: 'GET', path: '/prototype/platform/audits/:auditId' },
  getSample: { method: 'GET', path: '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId' },
  updateSamples: { method: 'POST', path: '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/update' },
  exportSampleAttachment: { method: 'POST', path: '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export', version: '2022-01-01' }, // blind-corpus: path=gateway-table-1
} as const satisfies Record<string, EndpointDef>;
