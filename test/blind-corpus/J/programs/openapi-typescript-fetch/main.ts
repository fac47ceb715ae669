import { Configuration } from './generated/runtime.js';
import { PatchedAuditsApi } from './patched.js';

const pause = (s: number) => new Promise((r) => setTimeout(r, s * 1000));

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const api = new PatchedAuditsApi(new Configuration({ basePath: env.baseUrl, accessToken: env.token }));
  let { location, retryAfter } = await api.startSampleAttachmentExport({ ...env.ids, attachmentExport: { format: 'pdf' } });
  for (;;) {
    await pause(retryAfter);
    const polled = await api.getOperation(location);
    const op = polled.operation;
    if (op.status === 'completed') return api.downloadResource((op.resourceUrl ?? op.resourceURL)!);
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.id} ${op.status}`);
    retryAfter = polled.retryAfter;
  }
}
