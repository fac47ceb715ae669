import { request } from 'undici';

export interface OperationStatus {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string | null;
}

/**
 * Polls an operation URL handed over by another service (the export was started elsewhere).
 * Only GETs: the operations endpoint and the resource.
 */
export async function pollOperation(operationUrl: string, token: string): Promise<OperationStatus> {
  let wait = 1;
  for (;;) {
    await new Promise((r) => setTimeout(r, wait * 1000));
    const { statusCode, headers, body } = await request(operationUrl, { method: 'GET', headers: { authorization: `Bearer ${token}` } });
    wait = Number(headers['retry-after'] ?? wait);
    if (statusCode !== 200) {
      await body.dump();
      continue;
    }
    const op = (await body.json()) as OperationStatus;
    if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') return op;
  }
}

/** GET on an attachment (metadata) — the path ends at the attachment id, no /export. */
export async function attachmentMetadata(base: string, token: string, path: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string }): Promise<unknown> {
  const url = `${base}/prototype/platform/audits/${path.auditId}/procedures/${path.procedureId}/matrices/${path.matrixId}/samples/${path.sampleId}/attachments/${path.attachmentId}`;
  const { body } = await request(url, { headers: { authorization: `Bearer ${token}` } });
  return body.json();
}
