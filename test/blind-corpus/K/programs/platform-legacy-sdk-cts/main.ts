import { setTimeout as sleep } from 'node:timers/promises';
import { LegacyWorkivaClient, type SampleAttachmentId } from './sdk.cjs';

export async function exportPdf(client: LegacyWorkivaClient, id: SampleAttachmentId): Promise<Buffer> {
  const { operationUrl, retryAfter } = await client.startAttachmentExport(id);
  let wait = retryAfter;
  for (let polls = 0; polls < 600; polls++) {
    await sleep(wait * 1000);
    const { op, retryAfter: next } = await client.getOperation(operationUrl);
    if (op.status === 'completed') return client.download((op.resourceUrl ?? op.resourceURL)!);
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.id}: ${op.status}`);
    wait = next;
  }
  throw new Error('export did not complete');
}

export async function run(env: { baseUrl: string; token: string; ids: SampleAttachmentId }): Promise<Buffer> {
  const client = new LegacyWorkivaClient({ endpoint: env.baseUrl, token: env.token, apiVersion: '2022-01-01' });
  return exportPdf(client, { ...env.ids });
}
