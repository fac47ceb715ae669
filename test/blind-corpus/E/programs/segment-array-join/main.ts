import got, { type Response } from 'got';
import { setTimeout as sleep } from 'node:timers/promises';

interface SampleAttachment {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

type OperationState = 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';

interface Operation {
  id: string;
  status: OperationState;
  resourceUrl?: string;
  resourceURL?: string;
}

function exportSegments(a: SampleAttachment): string[] {
  return ['prototype', 'platform', 'audits', a.auditId, 'procedures', a.procedureId, 'matrices', a.matrixId, 'samples', a.sampleId, 'attachments', a.attachmentId, 'export']; // blind-corpus: path=segments-got-1
}

function retryAfter(res: Response): number {
  const header = res.headers['retry-after'];
  const n = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

async function pollOperation(location: string, token: string, delaySeconds: number): Promise<Operation> {
  await sleep(delaySeconds * 1000);
  const res = await got.get(location, { headers: { authorization: `Bearer ${token}` }, throwHttpErrors: true });
  const op = JSON.parse(res.body) as Operation;
  if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') return op;
  return pollOperation(location, token, retryAfter(res));
}

export async function run(env: { baseUrl: string; token: string; ids: SampleAttachment }): Promise<Uint8Array | ArrayBuffer> {
  const base = new URL(env.baseUrl).origin;
  const url = [base, ...exportSegments(env.ids).map(encodeURIComponent)].join('/');
  const accepted = await got.post(url, { // blind-corpus: site=segments-got-1
    json: { format: 'pdf' },
    headers: { authorization: `Bearer ${env.token}`, accept: 'application/json', 'x-version': '2022-01-01' },
  });
  if (accepted.statusCode !== 202) throw new Error(`export not accepted: ${accepted.statusCode}`);
  const location = accepted.headers.location;
  if (!location) throw new Error('missing Location header');

  const op = await pollOperation(location, env.token, retryAfter(accepted));
  if (op.status !== 'completed') throw new Error(`export ${op.id} finished as ${op.status}`);
  const resource = op.resourceUrl ?? op.resourceURL;
  if (!resource) throw new Error('no resourceUrl');
  const pdf = await got.get(resource, { headers: { authorization: `Bearer ${env.token}` } }).buffer();
  return new Uint8Array(pdf);
}
