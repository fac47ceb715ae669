import { createRequire } from 'node:module';

type EvidenceClientCtor = typeof import('./evidence-client.cjs');
const EvidenceClient: EvidenceClientCtor = createRequire(import.meta.url)('./evidence-client.cjs');

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array | ArrayBuffer> {
  const client = new EvidenceClient({ apiUrl: env.baseUrl, token: env.token });
  const { attachmentId, ...sample } = env.ids;
  const { location, retryAfter } = await client.requestPdf(sample, attachmentId);
  const op = await client.waitFor(location, retryAfter);
  if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);
  const body: Buffer = await client.download(op.resourceUrl || op.resourceURL);
  return new Uint8Array(body);
}
