import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface LegacyExportModule {
  exportSampleAttachment(
    options: { apiUrl: string; token: string },
    record: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string },
  ): Promise<Buffer>;
}

const legacy = require('./workiva-export.cjs') as LegacyExportModule;

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array> {
  const apiUrl = process.env['WORKIVA_API_URL'] ?? env.baseUrl;
  const token = process.env['WORKIVA_TOKEN'] ?? env.token;
  const buf = await legacy.exportSampleAttachment({ apiUrl, token }, { ...env.ids });
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
