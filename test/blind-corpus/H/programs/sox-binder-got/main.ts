import { createWorkivaGot } from './workiva-got.js';
import { BinderExports, type BinderItem } from './binder-exports.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const { api, absolute } = createWorkivaGot({ apiUrl: env.baseUrl, token: env.token, version: '2022-01-01' });
  const exportsClient = new BinderExports(api, absolute);
  const item: BinderItem = {
    audit: env.ids.auditId,
    procedure: env.ids.procedureId,
    matrix: env.ids.matrixId,
    sample: env.ids.sampleId,
    attachment: env.ids.attachmentId,
    label: 'Q4 walkthrough evidence',
  };

  const { location, retryAfter } = await exportsClient.start(item);
  let last: { status: string; resourceUrl?: string; resourceURL?: string } | undefined;
  for await (const op of exportsClient.statuses(location, retryAfter)) {
    last = op;
  }
  const resource = last?.resourceUrl ?? last?.resourceURL;
  if (last?.status !== 'completed' || !resource) {
    throw new Error(`binder export for ${item.label ?? item.attachment} ended as ${last?.status ?? 'unknown'}`);
  }
  return exportsClient.download(resource);
}
