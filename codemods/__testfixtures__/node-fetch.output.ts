// node-fetch, with polling that honours the 202's Retry-After.
import fetch from 'node-fetch';
import { withExportRouting } from '@workiva-sunset/safety-net';

const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export async function exportWithNodeFetch(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const res = await withExportRouting(() => fetch(`${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  }));
  const wait = Number(res.headers.get('retry-after') ?? '1');
  return { location: res.headers.get('location'), wait };
}
