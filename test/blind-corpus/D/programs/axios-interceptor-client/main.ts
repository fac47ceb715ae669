import axios from 'axios';
import { createPlatformAxios } from './http/platform-axios.js';
import { ExportConflictError, SampleAttachmentExports, type SampleAttachment } from './exports/sample-attachment-exports.js';

export async function run(env: { baseUrl: string; token: string; ids: SampleAttachment }): Promise<Uint8Array> {
  const api = createPlatformAxios({ baseURL: env.baseUrl, tokenSource: () => env.token });
  const exportsApi = new SampleAttachmentExports(api);
  let accepted;
  try {
    accepted = await exportsApi.start(env.ids);
  } catch (e) {
    if (e instanceof ExportConflictError) {
      accepted = await exportsApi.restart(env.ids);
    } else if (axios.isAxiosError(e)) {
      const status = e.response?.status;
      const body = e.response?.data as { code?: string; message?: string } | undefined;
      throw new Error(`export failed: ${status ?? 'network'} ${body?.message ?? e.message}`);
    } else {
      throw e;
    }
  }
  const op = await exportsApi.waitFor(accepted.location, accepted.retryAfter);
  if (op.status !== 'completed' || !op.resourceUrl) throw new Error(`operation ${op.id} ended ${op.status}`);
  return new Uint8Array(await exportsApi.download(op.resourceUrl));
}
