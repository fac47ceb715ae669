import { Workiva } from './sdk.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const workiva = new Workiva({ baseUrl: env.baseUrl, token: env.token });
  const sample = workiva.audits(env.ids.auditId).procedures(env.ids.procedureId).matrices(env.ids.matrixId).samples(env.ids.sampleId);

  let handle;
  if (process.env['SDK_BULK'] === '1') {
    const handles = await sample.exportAttachments([env.ids.attachmentId]);
    handle = handles.get(env.ids.attachmentId)!;
  } else {
    handle = await sample.attachments(env.ids.attachmentId).export({ format: 'pdf' });
  }

  const state = await workiva.operations.waitFor(handle);
  if (state.status !== 'completed') throw new Error(`attachment export ${state.id} is ${state.status}`);
  return workiva.files.download(state.resourceUrl ?? state.resourceURL ?? '');
}
