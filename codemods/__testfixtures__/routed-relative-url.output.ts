// A relative URL (code behind a proxy): the API root is only known at run time, so the call is routed.
import { withExportRouting } from '@workiva-sunset/safety-net';

export async function exportFromBrowser(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string) {
  const response = await withExportRouting(() => fetch(`/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  }));
  return response.headers.get('location');
}
