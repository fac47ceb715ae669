/** Documentation links and route constants for the admin UI; never requested by the service. */
export const ROUTE_DOCS = {
  exportAttachment: {
    method: 'POST',
    template: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
    sunset: '2027-01-31',
    replacement: '/testForms/{testFormId}/testPhases/{testPhaseId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
  },
} as const;

export function exportLinkForSupportTicket(base: string, ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string }): string {
  return `${base}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`;
}

export function isDeprecatedExportPath(pathname: string): boolean {
  return /^\/prototype\/platform\/audits\/[^/]+\/procedures\/[^/]+\/matrices\/[^/]+\/samples\/[^/]+\/attachments\/[^/]+\/export$/.test(pathname);
}
