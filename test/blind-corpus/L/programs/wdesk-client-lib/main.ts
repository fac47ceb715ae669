import { WdeskClient } from './client.js';

export { WdeskClient, WdeskApiError, OperationHandle } from './client.js';

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array> {
  const client = new WdeskClient({ baseUrl: env.baseUrl, token: async () => env.token, apiVersion: '2022-01-01' });
  const handle = await client.exportSampleAttachment(env.ids);
  const op = await handle.result();
  if (op.status !== 'completed' || !op.resourceUrl) {
    throw new Error(`export finished as ${op.status}${op.details ? ': ' + op.details.map((d) => d.message).join(', ') : ''}`);
  }
  return client.download(op.resourceUrl);
}
