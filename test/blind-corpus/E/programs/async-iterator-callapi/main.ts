import { callApi, type ApiResponse } from './api.cjs';

interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface OperationSnapshot {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  resourceURL?: string;
  updated?: string;
}

function retryAfter(res: ApiResponse): number {
  return Number(res.headers['retry-after'] ?? 1);
}

async function* watch(location: string, initialDelay: number): AsyncIterableIterator<OperationSnapshot> {
  let delay = initialDelay;
  let done = false;
  while (!done) {
    await new Promise((r) => setTimeout(r, delay * 1000));
    const res = await callApi('GET', location);
    const snapshot = JSON.parse(res.body.toString('utf8')) as OperationSnapshot;
    done = snapshot.status === 'completed' || snapshot.status === 'failed' || snapshot.status === 'cancelled';
    delay = retryAfter(res);
    yield snapshot;
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
  const accepted = await callApi('POST', `/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, { format: 'pdf' }); // blind-corpus: site=callapi-iterator-1
  const location = accepted.headers.location;
  if (!location) throw new Error('export accepted without Location');

  let last: OperationSnapshot | undefined;
  for await (const snapshot of watch(location, retryAfter(accepted))) {
    last = snapshot;
  }
  if (!last || last.status !== 'completed') throw new Error(`export ended as ${last?.status ?? 'unknown'}`);
  const file = await callApi('GET', last.resourceUrl ?? last.resourceURL ?? '');
  return new Uint8Array(file.body);
}
