// `.json()` chained on got: the drop-in resolves to a plain response object.
import got from 'got';

const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export async function exportGotJson(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  /* workiva-sunset: manual migration needed — `.json` is chained on the got call; the drop-in resolves to a plain response; until then @workiva-sunset/safety-net routes it at run time */
  const operation = await got
    .post(`${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
      json: { format: 'pdf' },
      headers: { Authorization: `Bearer ${token}` },
    })
    .json<{ id: string; status: string }>();
  return operation.id;
}
