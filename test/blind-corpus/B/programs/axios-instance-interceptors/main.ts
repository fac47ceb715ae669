import { createWorkivaAxios } from './api.js';
import { AttachmentExports, type AttachmentRef } from './exports.js';

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const api = createWorkivaAxios({ baseURL: env.baseUrl, getToken: async () => env.token });
  const exportsApi = new AttachmentExports(api);
  const ref: AttachmentRef = {
    audit: env.ids.auditId,
    procedure: env.ids.procedureId,
    matrix: env.ids.matrixId,
    sample: env.ids.sampleId,
    attachment: env.ids.attachmentId,
  };

  const handle = process.env['EXPORT_LEGACY_PATH'] === '1' ? await exportsApi.startWithConfig(ref) : await exportsApi.start(ref);
  let delay = handle.retryAfter;
  for (let attempt = 0; attempt < 120; attempt++) {
    await wait(delay * 1000 + 50);
    const { op, retryAfter } = await exportsApi.poll(handle);
    switch (op.status) {
      case 'completed': {
        const target = op.resourceUrl ?? op.resourceURL;
        if (!target) throw new Error('completed operation has no resourceUrl');
        const pdf = await exportsApi.download(target);
        return new Uint8Array(pdf);
      }
      case 'failed':
      case 'cancelled':
        throw new Error(`export ${op.id} ${op.status}: ${op.details?.map((d) => d.message).join('; ') ?? ''}`);
      default:
        delay = retryAfter;
    }
  }
  throw new Error('export did not finish in time');
}
