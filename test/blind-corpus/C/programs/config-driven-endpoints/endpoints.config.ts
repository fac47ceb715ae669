/**
 * Outbound endpoints of the evidence service. Paths use {placeholders}; the caller supplies params.
 * Keep in sync with the platform team's API catalogue.
 */
export interface EndpointDefinition {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  expectStatus: number[];
  version?: string;
}

export const ENDPOINTS = {
  'audit.get': { method: 'GET', path: '/prototype/platform/audits/{auditId}', expectStatus: [200] },
  'sample.get': {
    method: 'GET',
    path: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}',
    expectStatus: [200],
  },
  'samples.update': {
    method: 'POST',
    path: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/update',
    expectStatus: [200, 202],
  },
  'sampleAttachment.export': {
    method: 'POST',
    path: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export', // blind-corpus: path=config-endpoint-1
    expectStatus: [202],
    version: '2022-01-01',
  },
  'files.export': { method: 'POST', path: '/prototype/platform/files/export', expectStatus: [202] },
} as const satisfies Record<string, EndpointDefinition>;

export type EndpointName = keyof typeof ENDPOINTS;
