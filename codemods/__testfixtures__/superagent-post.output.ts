// A superagent builder chain: post, set, send.
import superagent from 'superagent';
import { withExportRouting } from '@workiva-sunset/safety-net';

const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export async function exportWithSuperagent(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const response = await withExportRouting(() => superagent
    .post(`${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`))
    .set('Authorization', `Bearer ${token}`)
    .set('Content-Type', 'application/json')
    .send({ format: 'pdf' });
  return { location: response.headers['location'] as string, status: response.status };
}
