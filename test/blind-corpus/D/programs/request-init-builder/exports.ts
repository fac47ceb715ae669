import { platformInit, retryAfterSeconds } from './init.js';

export type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

export interface Accepted {
  operationUrl: string;
  retryAfter: number;
}

const sleep = (s: number) => new Promise((r) => setTimeout(r, s * 1000));

function exportUrl(base: string, ids: Ids): string {
  return `${base}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`; // blind-corpus: path=init-helper-1,init-helper-2
}

async function accepted(res: Response): Promise<Accepted> {
  if (res.status !== 202) {
    const problem = (await res.json().catch(() => null)) as { message?: string } | null;
    throw new Error(`export not accepted (${res.status}): ${problem?.message ?? 'no details'}`);
  }
  return { operationUrl: res.headers.get('location') ?? '', retryAfter: retryAfterSeconds(res) };
}

/** Used by the API handler (interactive requests). */
export async function requestExport(base: string, token: string, ids: Ids): Promise<Accepted> {
  const res = await fetch(exportUrl(base, ids), platformInit('POST', { token, body: { format: 'pdf' } })); // blind-corpus: site=init-helper-1
  return accepted(res);
}

/** Used by the nightly batch: builds Request objects first so they can be logged and replayed. */
export async function requestExportPrepared(base: string, token: string, ids: Ids): Promise<Accepted> {
  const prepared = new Request(exportUrl(base, ids), platformInit('POST', { token, body: { format: 'pdf' }, timeoutMs: 60_000 }));
  if (process.env['BATCH_TRACE']) console.debug(`batch -> ${prepared.method} ${new URL(prepared.url).pathname}`);
  const res = await fetch(prepared); // blind-corpus: site=init-helper-2
  return accepted(res);
}

export async function collect(token: string, job: Accepted): Promise<ArrayBuffer> {
  let wait = job.retryAfter;
  for (;;) {
    await sleep(wait);
    const res = await fetch(job.operationUrl, platformInit('GET', { token }));
    const op = (await res.json()) as { status: string; resourceUrl?: string | null };
    if (op.status === 'completed') {
      const file = await fetch(op.resourceUrl!, platformInit('GET', { token, accept: 'application/pdf' }));
      return file.arrayBuffer();
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}`);
    wait = retryAfterSeconds(res);
  }
}
