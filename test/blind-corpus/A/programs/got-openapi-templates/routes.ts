// Route templates copied from the Workiva platform OpenAPI document (relative to the platform prefix).
export const PlatformRoutes = {
  getAudit: 'audits/{auditId}',
  getSample: 'audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}',
  updateSamples: 'audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/update',
  exportSampleAttachment: 'audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export', // blind-corpus: path=got-openapi-1
} as const;

export type RouteName = keyof typeof PlatformRoutes;

/** Fills `{name}` placeholders; values are URI-encoded because Workiva ids are base64 and may carry '/' or '='. */
export function fillTemplate(template: string, params: Record<string, string>): string {
  return Object.entries(params).reduce(
    (path, [name, value]) => path.replace(`{${name}}`, encodeURIComponent(value)),
    template,
  );
}
