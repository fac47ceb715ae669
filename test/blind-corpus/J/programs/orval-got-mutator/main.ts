import { configureApi } from './api/mutator.js';
import { auditSampleAttachmentExportById } from './api/workiva.js';
import { awaitPdf, requestAttachmentPdf, type AttachmentAddress } from './overrides.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array> {
  configureApi({ baseUrl: env.baseUrl, token: async () => env.token });
  const address: AttachmentAddress = env.ids;
  const useGenerated = process.env['WORKIVA_USE_GENERATED_EXPORT'] === '1';
  const { location, retryAfter } = useGenerated
    ? await auditSampleAttachmentExportById(address.auditId, address.procedureId, address.matrixId, address.sampleId, address.attachmentId, { format: 'pdf' }).then(
        (r) => ({ location: String(r.headers['location']), retryAfter: Number(r.headers['retry-after'] ?? 1) }),
      )
    : await requestAttachmentPdf(address, env.token);
  return new Uint8Array(await awaitPdf(location, retryAfter, env.token));
}
