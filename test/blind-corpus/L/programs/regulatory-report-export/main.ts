import superagent, { type Response } from 'superagent';

interface RegulatoryEvidence {
  regulator: 'OCC' | 'FED' | 'PRA';
  reportCode: string;
  source: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

interface OperationBody {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
  details?: Array<{ code: string; message: string }> | null;
}

const X_VERSION = '2022-01-01';

function secondsFrom(res: Response, fallback: number): number {
  const n = Number(res.header['retry-after']);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

async function binary(req: superagent.SuperAgentRequest): Promise<Buffer> {
  const res = await req.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(c));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });
  return res.body as Buffer;
}

export async function exportForRegulator(apiBase: string, bearer: string, ev: RegulatoryEvidence): Promise<Buffer> {
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = ev.source;
  let res: Response;
  try {
    res = await superagent // blind-corpus: site=superagent-regulatory-1
      .post(`${apiBase}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`) // blind-corpus: path=superagent-regulatory-1
      .set('Authorization', `Bearer ${bearer}`)
      .set('X-Version', X_VERSION)
      .type('json')
      .accept('json')
      .send({ format: 'pdf' });
  } catch (e) {
    const err = e as { status?: number; response?: Response };
    throw new Error(`${ev.regulator}/${ev.reportCode}: export rejected (${err.status}) ${err.response?.body?.message ?? ''}`);
  }
  const opUrl = res.header['location'] as string;
  let wait = secondsFrom(res, 1);
  let op: OperationBody;
  do {
    await new Promise((r) => setTimeout(r, wait * 1000 + 60));
    const poll = await superagent.get(opUrl).set('Authorization', `Bearer ${bearer}`).accept('json');
    op = poll.body as OperationBody;
    wait = secondsFrom(poll, 1);
  } while (op.status !== 'completed' && op.status !== 'failed' && op.status !== 'cancelled');
  if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}: ${JSON.stringify(op.details)}`);
  return binary(superagent.get(op.resourceUrl ?? op.resourceURL ?? '').set('Authorization', `Bearer ${bearer}`));
}

export async function run(env: { baseUrl: string; token: string; ids: RegulatoryEvidence['source'] }): Promise<Uint8Array> {
  return exportForRegulator(env.baseUrl, env.token, { regulator: 'OCC', reportCode: 'MRA-2026-17', source: env.ids });
}
