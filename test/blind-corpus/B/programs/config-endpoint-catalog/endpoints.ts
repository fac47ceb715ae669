/**
 * Endpoint catalog for the audit-evidence integration. Templates use `:param` placeholders and are
 * relative to `apiBase` in the environment config below.
 */
export const endpoints = {
  getAudit: { method: 'GET', path: '/prototype/platform/audits/:auditId' },
  getSample: { method: 'GET', path: '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId' },
  updateSamples: { method: 'POST', path: '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/update' },
  exportSampleAttachment: {
    method: 'POST',
    path: '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export', // blind-corpus: path=config-catalog-1
  },
} as const;

export type EndpointName = keyof typeof endpoints;

export interface EnvironmentConfig {
  apiBase: string;
  headers: Record<string, string>;
  poll: { minIntervalMs: number; maxAttempts: number };
}

export function environmentConfig(): EnvironmentConfig {
  return {
    apiBase: process.env['WORKIVA_API_URL'] ?? 'http://localhost:8080',
    headers: { Accept: 'application/json', 'X-Version': '2022-01-01' },
    poll: { minIntervalMs: 1000, maxAttempts: 60 },
  };
}
