import { makeApi, startAttachmentExport, watchOperation, type Ids, type Operation } from './api.js';

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array | ArrayBuffer> {
  const api = makeApi(env.baseUrl, () => env.token);
  const ids: Ids = Object.freeze({ ...env.ids });

  const accepted = await startAttachmentExport(api, ids);
  const location = accepted.headers.get('location');
  if (!location) throw new Error('202 without Location header');

  let last: Operation | undefined;
  for await (const op of watchOperation(api, location, Number(accepted.headers.get('retry-after') ?? '2'))) {
    last = op;
  }
  if (last?.status !== 'completed') throw new Error(`export ended in state ${last?.status}`);
  return api.get(last.resourceUrl ?? last.resourceURL ?? '', { prefixUrl: '' }).arrayBuffer();
}
