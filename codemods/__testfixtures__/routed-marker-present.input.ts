// A site marked by an earlier run: it is routed now, and the stale marker goes.
const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export async function exportAlreadyMarked(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, init: RequestInit) {
  /* workiva-sunset: manual migration needed — the fetch options contain `...init`, which cannot be read statically */
  const response = await fetch(`${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, { ...init, method: 'POST' });
  return response.headers.get('location');
}
