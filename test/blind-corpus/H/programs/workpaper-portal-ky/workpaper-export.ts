import type { KyInstance } from 'ky';
import { setTimeout as sleep } from 'node:timers/promises';

export interface WorkpaperAttachment {
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
  requestedBy: string;
}

interface Op {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
  details?: { message?: string };
}

export async function exportWorkpaperAttachment(http: KyInstance, apiUrl: string, wp: WorkpaperAttachment): Promise<ArrayBuffer> {
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = wp.ids;
  const api = http.extend({ prefixUrl: apiUrl });
  const res = await api.post( // blind-corpus: site=workpaper-ky-1
    `prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, // blind-corpus: path=workpaper-ky-1
    { json: { format: 'pdf' }, headers: { 'X-Version': '2022-01-01' } },
  );
  const operationUrl = res.headers.get('Location');
  if (!operationUrl) throw new Error(`export request by ${wp.requestedBy} returned no Location`);
  let retryAfter = Number(res.headers.get('Retry-After') ?? 1);

  let op: Op;
  do {
    await sleep(retryAfter * 1000 + 75);
    const pollRes = await http.get(operationUrl);
    op = await pollRes.json<Op>();
    retryAfter = Number(pollRes.headers.get('Retry-After') ?? retryAfter);
  } while (op.status === 'acknowledged' || op.status === 'queued' || op.status === 'started');

  if (op.status !== 'completed') {
    throw new Error(`export ${op.id} ${op.status}: ${op.details?.message ?? 'no details'}`);
  }
  return http.get(op.resourceUrl ?? op.resourceURL ?? '', { headers: { accept: 'application/pdf' } }).arrayBuffer();
}
