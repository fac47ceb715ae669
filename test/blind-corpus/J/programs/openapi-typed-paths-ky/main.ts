import ky from 'ky';
import { createClient } from './client.js';
import type { components } from './schema.js';

type Operation = components['schemas']['Operation'] & { resourceURL?: string | null };

async function waitForOperation(location: string, token: string, firstWait: number): Promise<Operation> {
  let waitSeconds = firstWait;
  for (let i = 0; i < 300; i++) {
    await new Promise((r) => setTimeout(r, waitSeconds * 1000));
    const res = await ky.get(location, { headers: { Authorization: `Bearer ${token}` } });
    const op = await res.json<Operation>();
    if (['completed', 'failed', 'cancelled'].includes(op.status)) return op;
    waitSeconds = Number(res.headers.get('Retry-After') ?? waitSeconds);
  }
  throw new Error('operation timed out');
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const client = createClient({ baseUrl: env.baseUrl, token: env.token, version: '2022-01-01' });
  const { response, error } = await client.POST('/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export', { // blind-corpus: site=oa-ky-1
    params: { path: env.ids },
    body: { format: 'pdf' },
  });
  if (error || response.status !== 202) throw new Error(`export failed: ${error?.code ?? response.status} ${error?.message ?? ''}`);

  const op = await waitForOperation(response.headers.get('Location')!, env.token, Number(response.headers.get('Retry-After') ?? 1));
  if (op.status !== 'completed') throw new Error(`export ${op.id} ended ${op.status} (request ${op.originalRequest})`);
  return ky.get((op.resourceUrl ?? op.resourceURL)!, { headers: { Authorization: `Bearer ${env.token}` } }).arrayBuffer();
}
