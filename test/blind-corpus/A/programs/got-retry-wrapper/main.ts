import { client } from './client.js';
import { withRetry } from './retry.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface ReconciliationItem {
  controlId: string;
  evidence: Ids;
}

interface OperationBody {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

const baseUrl = () => (process.env.WORKIVA_API_URL ?? '').replace(/\/$/, '');

const retryAfterMs = (value: string | string[] | undefined) => (Number(Array.isArray(value) ? value[0] : value) || 1) * 1000 + 60;

export async function exportEvidence(item: ReconciliationItem): Promise<Buffer> {
  const e = item.evidence;
  const accepted = await withRetry(() => client.post(`${baseUrl()}/prototype/platform/audits/${e.auditId}/procedures/${e.procedureId}/matrices/${e.matrixId}/samples/${e.sampleId}/attachments/${e.attachmentId}/export`, { json: { format: 'pdf' } })); // blind-corpus: site=got-retry-1
  const location = accepted.headers.location ?? '';
  let delay = retryAfterMs(accepted.headers['retry-after']);
  for (;;) {
    await new Promise((r) => setTimeout(r, delay));
    const polled = await withRetry(() => client.get<OperationBody>(location));
    const op = polled.body;
    if (op.status === 'completed') {
      return client.get(op.resourceUrl ?? op.resourceURL ?? '', { responseType: 'buffer' }).then((r) => r.body);
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`control ${item.controlId}: export ${op.status}`);
    delay = retryAfterMs(polled.headers['retry-after']);
  }
}

/** Kicks off exports without waiting, for the weekly full reconciliation. */
export async function kickOff(items: ReconciliationItem[]): Promise<number> {
  let accepted = 0;
  for (const { evidence: e } of items) {
    const path = `/prototype/platform/audits/${e.auditId}/procedures/${e.procedureId}/matrices/${e.matrixId}/samples/${e.sampleId}/attachments/${e.attachmentId}/export`; // blind-corpus: path=got-retry-2
    const res = await withRetry(() => client.post(baseUrl() + path, { json: { format: 'pdf' } }), { attempts: 2, baseDelayMs: 1000 }); // blind-corpus: site=got-retry-2
    if (res.statusCode === 202) accepted++;
  }
  return accepted;
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const pdf = await exportEvidence({ controlId: 'ITGC-07', evidence: env.ids });
  return new Uint8Array(pdf);
}
