import { FetchTransport, WorkivaClient } from './client.js';

interface OperationView {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

const secs = (res: Response) => Number(res.headers.get('Retry-After') ?? '1');

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array | ArrayBuffer> {
  const client = new WorkivaClient(new FetchTransport(env.baseUrl, async () => env.token));
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
  const attachment = client.audit(auditId).procedure(procedureId).matrix(matrixId).sample(sampleId).attachment(attachmentId);

  const accepted = await attachment.export();
  const location = accepted.headers.get('Location') ?? '';
  let wait = secs(accepted);
  let op: OperationView;
  do {
    await new Promise((r) => setTimeout(r, wait * 1000));
    const res = await client.operation(location);
    op = (await res.json()) as OperationView;
    wait = secs(res);
  } while (!['completed', 'failed', 'cancelled'].includes(op.status));
  if (op.status !== 'completed') throw new Error(`attachment export ${op.id} ${op.status}`);
  return (await client.operation(op.resourceUrl ?? op.resourceURL ?? '')).arrayBuffer();
}
