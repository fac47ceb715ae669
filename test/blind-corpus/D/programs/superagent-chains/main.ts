import superagent from 'superagent';

interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface ExportTicket {
  location: string;
  retryAfter: number;
}

interface OperationPayload {
  id: string;
  status: string;
  resourceUrl: string | null;
}

const pause = (s: number) => new Promise((r) => setTimeout(r, s * 1000));

function ticketFrom(res: superagent.Response): ExportTicket {
  if (res.status !== 202) throw new Error(`export not accepted: ${res.status}`);
  return { location: res.header['location'] as string, retryAfter: Number(res.header['retry-after'] ?? 1) };
}

export async function exportWithChain(apiUrl: string, token: string, ids: Ids): Promise<ExportTicket> {
  const res = await superagent
    .post(`${apiUrl}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`) // blind-corpus: site=superagent-1
    .set('Authorization', `Bearer ${token}`)
    .set('Accept', 'application/json')
    .type('json')
    .send({ format: 'pdf' })
    .timeout({ response: 10_000, deadline: 30_000 });
  return ticketFrom(res);
}

export async function exportWithAgent(agent: superagent.Agent, apiUrl: string, ids: Ids): Promise<ExportTicket> {
  const target = `${apiUrl}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`; // blind-corpus: path=superagent-2
  const res = await agent.post(target).send({ format: 'pdf' }).retry(2); // blind-corpus: site=superagent-2
  return ticketFrom(res);
}

async function settle(agent: superagent.Agent, ticket: ExportTicket): Promise<Buffer> {
  let after = ticket.retryAfter;
  for (;;) {
    await pause(after);
    const res = await agent.get(ticket.location);
    const op = res.body as OperationPayload;
    if (op.status === 'completed' && op.resourceUrl) {
      const file = await agent.get(op.resourceUrl).set('Accept', 'application/pdf').responseType('blob');
      return file.body as Buffer;
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`operation ${op.id} ${op.status}`);
    after = Number(res.header['retry-after'] ?? 1);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array> {
  const agent = superagent.agent().set('Authorization', `Bearer ${env.token}`).set('Accept', 'application/json');
  const reviewCopy: Ids = { ...env.ids, attachmentId: `${env.ids.attachmentId}-review` };
  const [primary, review] = await Promise.all([
    exportWithChain(env.baseUrl, env.token, env.ids),
    exportWithAgent(agent, env.baseUrl, reviewCopy),
  ]);
  const [pdf] = await Promise.all([settle(agent, primary), settle(agent, review)]);
  return new Uint8Array(pdf);
}
