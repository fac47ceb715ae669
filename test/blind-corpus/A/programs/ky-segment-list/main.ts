import ky from 'ky';
import { createPlatformApi } from './api.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface EvidenceItem {
  engagement: string;
  ids: Ids;
  requestedBy: string;
}

interface OperationBody {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

function seconds(header: string | null, fallback: number): number {
  const n = header === null ? Number.NaN : Number(header);
  return Number.isFinite(n) ? n : fallback;
}

async function* operationUpdates(location: string, token: string, firstDelay: number): AsyncGenerator<OperationBody> {
  let delay = firstDelay;
  for (let i = 0; i < 300; i++) {
    await new Promise((r) => setTimeout(r, delay * 1000 + 40));
    const res = await ky.get(location, { headers: { Authorization: `Bearer ${token}` } });
    delay = seconds(res.headers.get('Retry-After'), 2);
    yield (await res.json()) as OperationBody;
  }
}

export async function archiveEvidence(item: EvidenceItem, baseUrl: string, token: string): Promise<ArrayBuffer> {
  const api = createPlatformApi(baseUrl, token);
  const { ids } = item;
  const segments = ['prototype', 'platform', 'audits', ids.auditId, 'procedures', ids.procedureId, 'matrices', ids.matrixId, 'samples', ids.sampleId, 'attachments', ids.attachmentId, 'export']; // blind-corpus: path=ky-segments-1
  const started = await api.post(segments.map(encodeURIComponent).join('/'), { json: { format: 'pdf' } }); // blind-corpus: site=ky-segments-1
  const location = started.headers.get('Location');
  if (!location) throw new Error(`no operation for ${item.engagement}`);

  for await (const op of operationUpdates(location, token, seconds(started.headers.get('Retry-After'), 1))) {
    if (op.status === 'completed') {
      const resource = op.resourceUrl ?? op.resourceURL;
      if (!resource) throw new Error('no resource');
      return ky.get(resource, { headers: { Authorization: `Bearer ${token}` } }).arrayBuffer();
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}`);
  }
  throw new Error('polling budget exhausted');
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  return archiveEvidence({ engagement: 'FY26-SOX', ids: env.ids, requestedBy: 'archiver' }, env.baseUrl, env.token);
}
