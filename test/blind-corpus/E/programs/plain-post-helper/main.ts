import { setTimeout as sleep } from 'node:timers/promises';
import { get, getBytes, post, useToken } from './http.js';

interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface Operation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  resourceURL?: string;
}

const TERMINAL = new Set(['completed', 'cancelled', 'failed']);

function retryAfterMs(res: Response, fallbackSeconds = 2): number {
  const raw = res.headers.get('retry-after');
  const seconds = raw === null ? fallbackSeconds : Number.parseInt(raw, 10);
  return (Number.isFinite(seconds) ? seconds : fallbackSeconds) * 1000;
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  useToken(env.token);
  const base = env.baseUrl.replace(/\/+$/, '');
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;

  const accepted = await post(`${base}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, { format: 'pdf' }); // blind-corpus: site=plain-post-1
  const location = accepted.headers.get('location');
  if (!location) throw new Error('export accepted without a Location header');

  let wait = retryAfterMs(accepted);
  for (let attempt = 0; attempt < 60; attempt++) {
    await sleep(wait);
    const res = await get(location);
    const op = (await res.json()) as Operation;
    if (TERMINAL.has(op.status)) {
      if (op.status !== 'completed') throw new Error(`export ${op.id} ended as ${op.status}`);
      const resource = op.resourceUrl ?? op.resourceURL;
      if (!resource) throw new Error(`export ${op.id} completed without a resource URL`);
      return getBytes(resource);
    }
    wait = retryAfterMs(res);
  }
  throw new Error('export did not finish in time');
}
