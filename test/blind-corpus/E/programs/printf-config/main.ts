import superagent from 'superagent';
import { format, loadSettings, type WorkivaSettings } from './config.js';

interface AttachmentIds {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface OperationDoc {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

const pause = (seconds: number) => new Promise<void>((r) => setTimeout(r, seconds * 1000));

async function beginExport(settings: WorkivaSettings, ids: AttachmentIds): Promise<superagent.Response> {
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = ids;
  const url = format(settings.routes.attachmentExport, settings.apiUrl, auditId, procedureId, matrixId, sampleId, attachmentId);
  return superagent
    .post(url) // blind-corpus: site=printf-superagent-1
    .set('Authorization', `Bearer ${settings.token}`)
    .set('Accept', 'application/json')
    .set('X-Version', '2022-01-01')
    .timeout(settings.requestTimeoutMs)
    .send({ format: 'pdf' });
}

export async function run(env: { baseUrl: string; token: string; ids: AttachmentIds }): Promise<Uint8Array | ArrayBuffer> {
  const settings = loadSettings();
  const accepted = await beginExport(settings, env.ids);
  const location: string | undefined = accepted.headers['location'];
  if (accepted.status !== 202 || !location) throw new Error(`unexpected export response ${accepted.status}`);

  let seconds = Number(accepted.headers['retry-after'] ?? 1);
  let op: OperationDoc;
  do {
    await pause(seconds);
    const res = await superagent.get(location).set('Authorization', `Bearer ${settings.token}`).accept('json');
    op = res.body as OperationDoc;
    seconds = Number(res.headers['retry-after'] ?? 1);
  } while (op.status !== 'completed' && op.status !== 'failed' && op.status !== 'cancelled');

  if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);
  const pdf = await superagent
    .get(op.resourceUrl ?? op.resourceURL ?? '')
    .set('Authorization', `Bearer ${settings.token}`)
    .responseType('blob');
  return new Uint8Array(pdf.body as Buffer);
}
