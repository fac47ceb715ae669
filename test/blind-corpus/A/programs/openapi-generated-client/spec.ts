// Operation table generated from platform-prototype.yaml (operationId -> method + path template).
export const OPERATIONS = {
  getAudit: { method: 'GET', path: '/prototype/platform/audits/{auditId}' },
  getSample: { method: 'GET', path: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}' },
  updateSamples: { method: 'POST', path: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/update' },
  exportSampleAttachment: { method: 'POST', path: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export' }, // blind-corpus: path=openapi-client-1,openapi-client-2
  exportFiles: { method: 'POST', path: '/prototype/platform/files/export' },
  getOperation: { method: 'GET', path: '/prototype/platform/operations/{operationId}' },
} as const;

export type OperationId = keyof typeof OPERATIONS;
