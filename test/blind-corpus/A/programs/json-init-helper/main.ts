import { jsonInit } from './init.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface OperationResource {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

const API = process.env.WORKIVA_API_URL ?? 'http://localhost:8080';
const TOKEN = process.env.WORKIVA_TOKEN ?? '';

const EXPORT_FORMAT = { format: 'pdf' } as const;

function exportUrlFor(ids: Ids): string {
  const parts = [ids.auditId, ids.procedureId, ids.matrixId, ids.sampleId, ids.attachmentId].map(encodeURIComponent);
  const [audit, procedure, matrix, sample, attachment] = parts;
  return `${API}/prototype/platform/audits/${audit}/procedures/${procedure}/matrices/${matrix}/samples/${sample}/attachments/${attachment}/export`; // blind-corpus: path=json-init-1,json-init-2
}

function timerPoll(location: string, firstDelayMs: number): Promise<OperationResource> {
  return new Promise((resolve, reject) => {
    const tick = (delayMs: number) => {
      setTimeout(() => {
        fetch(location, jsonInit('GET', TOKEN))
          .then(async (res) => {
            if (!res.ok) throw new Error(`poll ${res.status}`);
            const op = (await res.json()) as OperationResource;
            const next = Number(res.headers.get('retry-after') ?? 1) * 1000 + 50;
            if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') resolve(op);
            else tick(next);
          })
          .catch(reject);
      }, delayMs);
    };
    tick(firstDelayMs);
  });
}

export async function exportOne(ids: Ids): Promise<ArrayBuffer> {
  const res = await fetch(exportUrlFor(ids), jsonInit('POST', TOKEN, EXPORT_FORMAT)); // blind-corpus: site=json-init-1
  if (res.status !== 202) throw new Error(`export failed ${res.status}`);
  const op = await timerPoll(res.headers.get('location') ?? '', Number(res.headers.get('retry-after') ?? 1) * 1000 + 50);
  if (op.status !== 'completed') throw new Error(`export ${op.status}`);
  const file = await fetch(op.resourceUrl ?? op.resourceURL ?? '', jsonInit('GET', TOKEN));
  return file.arrayBuffer();
}

/** Called from the admin CLI to re-trigger exports after a failed sync; returns operation URLs. */
export async function retrigger(all: Ids[]): Promise<string[]> {
  const results = await Promise.allSettled(all.map((ids) => fetch(exportUrlFor(ids), jsonInit('POST', TOKEN, { format: 'pdf' })))); // blind-corpus: site=json-init-2
  return results.flatMap((r) => (r.status === 'fulfilled' && r.value.status === 202 ? [r.value.headers.get('location') ?? ''] : []));
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  return exportOne(env.ids);
}
