// The file already imports from the wrapper: the drop-in is merged into that import.
import { configure } from 'workiva-sunset';

configure({ route: 'legacy' });

export async function exportMerged(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  return fetch(`https://api.app.wdesk.com/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ format: 'pdf' }),
  });
}
