import { createRequire } from 'node:module';

// The export service is still CommonJS (shared with the legacy worker), so load it through require.
const require = createRequire(import.meta.url);
const service: typeof import('./export-service.cjs') = require('./export-service.cts');

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const pdf = await service.exportAttachmentPdf(
    { ...env.ids },
    { apiUrl: process.env['WORKIVA_API_URL'] ?? env.baseUrl, token: process.env['WORKIVA_TOKEN'] ?? env.token, regenerate: process.env['EXPORT_REGENERATE'] === 'yes' },
  );
  return new Uint8Array(pdf);
}
