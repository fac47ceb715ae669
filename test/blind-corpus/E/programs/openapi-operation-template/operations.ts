// Subset of the Workiva platform OpenAPI document that this service calls (operationId -> route).
export const operations = {
  getAudit: { method: 'GET', path: '/prototype/platform/audits/{auditId}' },
  getSample: { method: 'GET', path: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}' },
  exportSampleAttachment: { method: 'POST', path: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export' }, // blind-corpus: path=openapi-undici-1
} as const;

export type OperationId = keyof typeof operations;

export function expandPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(value);
  });
}
