// ky.post resolves to a fetch Response.
import ky from 'ky';
import { withExportRouting } from '@workiva-sunset/safety-net';

const WORKIVA_API_URL = 'https://api.eu.wdesk.com';

export async function exportWithKy(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const response = await withExportRouting(() => ky.post(`${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
    json: { format: 'pdf' },
    headers: { Authorization: `Bearer ${token}` },
    timeout: 30_000,
  }));
  return response.headers.get('location');
}
