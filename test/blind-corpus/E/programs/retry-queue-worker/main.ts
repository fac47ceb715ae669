import { RetryableError, withBackoff } from './retry.js';
import { WorkQueue } from './queue.js';

interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface ExportJobPayload {
  kind: 'attachment-export';
  target: Ids;
  requestedBy: string;
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

const apiUrl = () => (process.env['WORKIVA_API_URL'] ?? '').replace(/\/$/, '');
const authHeader = () => ({ Authorization: `Bearer ${process.env['WORKIVA_TOKEN'] ?? ''}` });

function checkTransient(res: Response): Response {
  if (res.status === 429 || res.status === 503) {
    throw new RetryableError(`Workiva busy (${res.status})`, Number(res.headers.get('retry-after') ?? 1) * 1000);
  }
  if (res.status >= 400) throw new Error(`Workiva error ${res.status}`);
  return res;
}

/** Synchronous path used by the API handler: retry the POST itself with backoff. */
export function startExportNow(ids: Ids): Promise<Response> {
  return withBackoff(async () =>
    checkTransient(
      await fetch(`${apiUrl()}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`, { // blind-corpus: site=retry-queue-2
        method: 'POST',
        headers: { ...authHeader(), 'Content-Type': 'application/json' },
        body: JSON.stringify({ format: 'pdf' }),
      }),
    ),
  );
}

const queue = new WorkQueue<Response>(2);
queue.on('failed', (id: string, error: unknown) => console.error(`job ${id} failed`, error));

/** Background path: jobs carry a send closure built from the payload. */
export function enqueueExport(job: ExportJobPayload): Promise<Response> {
  const t = job.target;
  const url = `${apiUrl()}/prototype/platform/audits/${t.auditId}/procedures/${t.procedureId}/matrices/${t.matrixId}/samples/${t.sampleId}/attachments/${t.attachmentId}/export`; // blind-corpus: path=retry-queue-1
  return queue.push({
    id: `${job.kind}:${t.attachmentId}`,
    send: () => withBackoff(async () => checkTransient(await fetch(url, { method: 'POST', headers: { ...authHeader(), 'Content-Type': 'application/json' }, body: '{"format":"pdf"}' }))), // blind-corpus: site=retry-queue-1
  });
}

async function settle(location: string, firstWait: number): Promise<Operation> {
  let wait = firstWait;
  for (;;) {
    await new Promise((r) => setTimeout(r, wait * 1000));
    const res = await withBackoff(async () => checkTransient(await fetch(location, { headers: authHeader() })));
    const op = (await res.json()) as Operation;
    if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') return op;
    wait = Number(res.headers.get('retry-after') ?? 1);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const accepted = process.env['EXPORT_SYNC'] === '1' ? await startExportNow(env.ids) : await enqueueExport({ kind: 'attachment-export', target: { ...env.ids }, requestedBy: 'scheduler' });
  const op = await settle(accepted.headers.get('location') ?? '', Number(accepted.headers.get('retry-after') ?? 1));
  if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);
  const file = await fetch(op.resourceUrl ?? op.resourceURL ?? '', { headers: authHeader() });
  return file.arrayBuffer();
}
