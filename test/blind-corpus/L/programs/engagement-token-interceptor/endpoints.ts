/** Workiva endpoints used by the engagement portal. Placeholders are filled by `expand()`. */
export const ENDPOINTS = {
  token: '/iam/v1/oauth2/token',
  audit: '/prototype/platform/audits/{auditId}',
  sample: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}',
  sampleAttachmentExport: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export', // blind-corpus: path=axios-interceptor-1
  samplesUpdate: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/update',
} as const;

export function expand(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`missing path parameter ${key}`);
    return encodeURIComponent(value);
  });
}
