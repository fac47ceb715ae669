import request from 'superagent';

interface ExportTarget {
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

const TERMINAL_STATES = ['completed', 'cancelled', 'failed'];

function toTarget(ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string }): ExportTarget {
  return { audit: ids.auditId, procedure: ids.procedureId, matrix: ids.matrixId, sample: ids.sampleId, attachment: ids.attachmentId };
}

function pause(seconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 40));
}

async function requestExport(apiRoot: string, token: string, t: ExportTarget): Promise<{ location: string; retryAfter: number }> {
  const url = `${apiRoot}/prototype/platform/audits/${t.audit}/procedures/${t.procedure}/matrices/${t.matrix}/samples/${t.sample}/attachments/${t.attachment}/export`; // blind-corpus: path=superagent-chain-1
  const res = await request.post(url) // blind-corpus: site=superagent-chain-1
    .set('Authorization', `Bearer ${token}`)
    .set('Accept', 'application/json')
    .type('json')
    .timeout({ response: 10_000, deadline: 30_000 })
    .retry(2)
    .send({ format: 'pdf' });
  return { location: res.header['location'] as string, retryAfter: Number(res.header['retry-after'] ?? 1) };
}

async function awaitOperation(token: string, location: string, retryAfter: number): Promise<Operation> {
  await pause(retryAfter);
  const res = await request.get(location).set('Authorization', `Bearer ${token}`).accept('json');
  const op = res.body as Operation;
  if (TERMINAL_STATES.includes(op.status)) return op;
  return awaitOperation(token, location, Number(res.header['retry-after'] ?? retryAfter));
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Buffer> {
  const { location, retryAfter } = await requestExport(env.baseUrl, env.token, toTarget(env.ids));
  const op = await awaitOperation(env.token, location, retryAfter);
  if (op.status !== 'completed') throw new Error(`attachment export ${op.id} finished as ${op.status}`);
  const resourceUrl = op.resourceUrl ?? op.resourceURL;
  if (!resourceUrl) throw new Error(`attachment export ${op.id} has no resource`);
  const file = await request.get(resourceUrl).set('Authorization', `Bearer ${env.token}`).responseType('blob');
  return file.body as Buffer;
}
