import { setTimeout as delay } from 'node:timers/promises';
import { loadSettings, platformClient } from './client.js';

interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface OperationBody {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

const TERMINAL = new Set(['completed', 'cancelled', 'failed']);

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const platform = platformClient(loadSettings());
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;

  const sampleRoute = `audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}`;
  const accepted = await platform.post(`${sampleRoute}/attachments/${attachmentId}/export`, { json: { format: 'pdf' } }); // blind-corpus: site=got-prefix-1
  if (accepted.statusCode !== 202) throw new Error(`unexpected ${accepted.statusCode} from export`);

  const location = accepted.headers.location;
  if (!location) throw new Error('missing Location');
  let retryAfter = Number(accepted.headers['retry-after'] ?? 1);

  let op: OperationBody;
  do {
    await delay(retryAfter * 1000 + 20);
    const res = await platform.get(location, { prefixUrl: '' });
    op = JSON.parse(res.body) as OperationBody;
    retryAfter = Number(res.headers['retry-after'] ?? retryAfter);
  } while (!TERMINAL.has(op.status));

  if (op.status !== 'completed') throw new Error(`export ${op.id} finished as ${op.status}`);
  const resource = op.resourceUrl ?? op.resourceURL;
  if (!resource) throw new Error('no resource URL');
  const pdf = await platform.get(resource, { prefixUrl: '', headers: { accept: 'application/pdf' } }).buffer();
  return new Uint8Array(pdf);
}
