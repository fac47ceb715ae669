import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const archiver = require('./workiva-http.cjs') as {
  exportAttachment(config: { apiUrl: string; token: string }, attachment: Record<string, string>): Promise<Buffer>;
};

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array | ArrayBuffer> {
  const config = { apiUrl: process.env.WORKIVA_API_URL ?? env.baseUrl, token: process.env.WORKIVA_TOKEN ?? env.token };
  return archiver.exportAttachment(config, { ...env.ids });
}
