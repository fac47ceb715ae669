import { bearer, jsonHeaders, versioned } from './headers.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface SyncTask {
  tenant: string;
  target: Ids;
  requestedBy: string;
}

interface OperationStatus {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl: string | null;
}

function retryAfterMs(res: Response, fallbackSeconds = 2): number {
  const raw = res.headers.get('Retry-After');
  const seconds = raw === null ? NaN : Number.parseInt(raw, 10);
  return (Number.isFinite(seconds) ? seconds : fallbackSeconds) * 1000;
}

async function pollUntilDone(location: string, token: string, firstWaitMs: number): Promise<OperationStatus> {
  let waitMs = firstWaitMs;
  for (let attempt = 0; attempt < 60; attempt++) {
    await new Promise((r) => setTimeout(r, waitMs));
    const res = await fetch(location, { headers: { ...bearer(token), ...jsonHeaders() } });
    if (!res.ok) throw new Error(`operation poll failed with ${res.status}`);
    const body = (await res.json()) as OperationStatus;
    if (body.status === 'completed' || body.status === 'failed' || body.status === 'cancelled') return body;
    waitMs = retryAfterMs(res);
  }
  throw new Error('gave up polling export operation');
}

export async function syncEvidence(apiUrl: string, token: string, task: SyncTask): Promise<Uint8Array> {
  const t = task.target;
  const res = await fetch( // blind-corpus: site=header-helpers-1
    `${apiUrl}/prototype/platform/audits/${t.auditId}/procedures/${t.procedureId}/matrices/${t.matrixId}/samples/${t.sampleId}/attachments/${t.attachmentId}/export`, // blind-corpus: path=header-helpers-1
    { method: 'POST', headers: versioned({ ...jsonHeaders(), ...bearer(token) }), body: JSON.stringify({ format: 'pdf' }) },
  );
  if (res.status !== 202) {
    const err = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
    throw new Error(`[${task.tenant}] export rejected: ${res.status} ${err.code ?? ''} ${err.message ?? ''}`.trim());
  }
  const location = res.headers.get('Location');
  if (!location) throw new Error('missing Location');
  const done = await pollUntilDone(location, token, retryAfterMs(res));
  if (done.status !== 'completed' || !done.resourceUrl) throw new Error(`export ${done.id} ${done.status}`);
  const pdf = await fetch(done.resourceUrl, { headers: bearer(token) });
  return new Uint8Array(await pdf.arrayBuffer());
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array> {
  return syncEvidence(env.baseUrl, env.token, { tenant: 'acme-emea', target: env.ids, requestedBy: 'compliance-sync' });
}
