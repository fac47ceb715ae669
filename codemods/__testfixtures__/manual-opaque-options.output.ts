// The fetch options are spread from the caller: the codemod cannot see what they hold.
const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export async function exportWithCallerOptions(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, init: RequestInit) {
  /* workiva-sunset: manual migration needed — the fetch options contain `...init`, which cannot be read statically; until then @workiva-sunset/safety-net routes it at run time */
  const response = await fetch(`${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, { ...init, method: 'POST' });
  return response.headers.get('location');
}
