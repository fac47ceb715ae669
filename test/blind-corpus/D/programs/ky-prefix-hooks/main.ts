import ky, { HTTPError, type KyInstance } from 'ky';
import { platformKy } from './api.js';

interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface Op {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl: string | null;
}

/** Async iterator over operation snapshots, honouring Retry-After between polls. */
async function* watch(location: string, firstDelay: number, token: string): AsyncGenerator<Op> {
  let delay = firstDelay;
  for (;;) {
    await new Promise((r) => setTimeout(r, delay * 1000));
    const res = await ky.get(location, { headers: { Authorization: `Bearer ${token}` } });
    const op = await res.json<Op>();
    yield op;
    if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') return;
    delay = Number(res.headers.get('Retry-After') ?? 1);
  }
}

async function exportAttachment(api: KyInstance, ids: Ids): Promise<{ location: string; retryAfter: number }> {
  const segment = `prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}`;
  const res = await api.post(`${segment}/attachments/${ids.attachmentId}/export`, { json: { format: 'pdf' } }); // blind-corpus: site=ky-prefix-1
  if (res.status !== 202) throw new Error(`expected 202, got ${res.status}`);
  return { location: res.headers.get('Location') ?? '', retryAfter: Number(res.headers.get('Retry-After') ?? 1) };
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<ArrayBuffer> {
  const api = platformKy(env.baseUrl, () => env.token);
  try {
    const { location, retryAfter } = await exportAttachment(api, env.ids);
    let last: Op | undefined;
    for await (const op of watch(location, retryAfter, env.token)) last = op;
    if (last?.status !== 'completed' || !last.resourceUrl) throw new Error(`export did not complete: ${last?.status}`);
    return await ky.get(last.resourceUrl, { headers: { Authorization: `Bearer ${env.token}` } }).arrayBuffer();
  } catch (err) {
    if (err instanceof HTTPError) {
      const details = await err.response.json<{ code?: string; message?: string }>().catch(() => undefined);
      throw new Error(`platform error ${err.response.status}: ${details?.message ?? err.message}`);
    }
    throw err;
  }
}
