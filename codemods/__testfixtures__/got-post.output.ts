// got.post with a json body; the operation is read from the text body.
import got from 'got';
import { withExportRouting } from '@workiva-sunset/safety-net';

const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export async function exportWithGot(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const response = await withExportRouting(() => got.post(`${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
    json: { format: 'pdf' },
    headers: { Authorization: `Bearer ${token}` },
  }));
  const operation = JSON.parse(response.body) as { id: string; status: string };
  return { location: response.headers.location, operation };
}
