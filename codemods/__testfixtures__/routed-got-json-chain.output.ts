// `.json()` chained on got: routing keeps got's own promise, so the chain still types and runs.
import got from 'got';
import { withExportRouting } from '@workiva-sunset/safety-net';

const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export async function exportGotJson(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const operation = await withExportRouting(() => got
    .post(`${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
      json: { format: 'pdf' },
      headers: { Authorization: `Bearer ${token}` },
    }))
    .json<{ id: string; status: string }>();
  return operation.id;
}
