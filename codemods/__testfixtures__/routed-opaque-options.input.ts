// The fetch options are spread from the caller: routing reads them at run time, not the codemod.
const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export async function exportWithCallerOptions(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, init: RequestInit) {
  const response = await fetch(`${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, { ...init, method: 'POST' });
  return response.headers.get('location');
}
