import type { AttachmentRef } from './paths.js';
import { awaitOperation, fetchFile, requestExport, resubmitExport } from './service.js';

export async function run(env: { baseUrl: string; token: string; ids: AttachmentRef }): Promise<Uint8Array | ArrayBuffer> {
  const ref: AttachmentRef = { ...env.ids };
  let view = await awaitOperation(await requestExport(ref));
  if (view.status === 'cancelled') {
    console.warn(`export ${view.id} was cancelled, resubmitting`);
    view = await awaitOperation(await resubmitExport(ref));
  }
  if (view.status !== 'completed') throw new Error(`export ${view.id} ${view.status}`);
  return new Uint8Array(await fetchFile(view));
}
