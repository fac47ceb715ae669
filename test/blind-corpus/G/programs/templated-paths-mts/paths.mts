/** Route templates as they appear in the vendor's OpenAPI document. */
export const PATHS = {
  getAudit: '/prototype/platform/audits/{auditId}',
  getSample: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}',
  updateSamples: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/update',
  exportSampleAttachment: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export', // blind-corpus: path=templated-execute-1,templated-send-1
} as const;

export type PathName = keyof typeof PATHS;

export function expand(template: string, params: Record<string, { toString(): string }>): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${template}`);
    return encodeURIComponent(value.toString());
  });
}
