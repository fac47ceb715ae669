import superagent from 'superagent';

interface Deliverable {
  client: string;
  engagement: string;
  evidence: {
    auditId: string;
    procedureId: string;
    matrixId: string;
    sampleId: string;
    attachmentId: string;
  };
}

interface OperationBody {
  id: string;
  status: string;
  resourceUrl?: string;
  details?: unknown;
}

const wait = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

function retryAfter(res: superagent.Response, fallback = 1): number {
  const value = Number(res.header['retry-after']);
  return Number.isNaN(value) ? fallback : value;
}

async function exportDeliverable(apiUrl: string, token: string, d: Deliverable): Promise<Buffer> {
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = d.evidence;
  const agent = superagent.agent().set('Authorization', `Bearer ${token}`).set('Accept', 'application/json');

  const started = await agent
    .post(`${apiUrl}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`) // blind-corpus: site=deliverable-sa-1
    .set('Content-Type', 'application/json')
    .set('X-Version', '2022-01-01')
    .send({ format: 'pdf' })
    .ok((res) => res.status === 202);

  const operationUrl = String(started.header['location'] ?? '');
  if (!operationUrl) throw new Error('202 without Location header');
  let delaySeconds = retryAfter(started);
  let body: OperationBody;
  for (;;) {
    await wait(delaySeconds);
    const poll = await agent.get(operationUrl);
    body = poll.body as OperationBody;
    if (['completed', 'failed', 'cancelled'].includes(body.status)) break;
    delaySeconds = retryAfter(poll, delaySeconds);
  }
  if (body.status !== 'completed' || !body.resourceUrl) {
    throw new Error(`${d.client}/${d.engagement}: export ${body.status} ${JSON.stringify(body.details ?? null)}`);
  }
  const pdf = await agent.get(body.resourceUrl).set('Accept', 'application/pdf').responseType('blob');
  return pdf.body as Buffer;
}

export async function run(env: { baseUrl: string; token: string; ids: Deliverable['evidence'] }): Promise<Uint8Array | ArrayBuffer> {
  const deliverable: Deliverable = { client: 'Northwind Holdings', engagement: 'FY24-SOX', evidence: env.ids };
  const pdf = await exportDeliverable(env.baseUrl.replace(/\/$/, ''), env.token, deliverable);
  return Uint8Array.from(pdf);
}
