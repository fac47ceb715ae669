import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { exportAttachment, fetchToken } = require('./exporter.cjs') as {
  exportAttachment(base: string, token: string, record: Record<string, string>): Promise<Buffer>;
  fetchToken(base: string, clientId: string, clientSecret: string): Promise<string>;
};

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const base = (process.env.WORKIVA_API_URL ?? env.baseUrl).replace(/\/+$/, '');
  const token = await fetchToken(base, process.env.WORKIVA_CLIENT_ID ?? 'unset', process.env.WORKIVA_CLIENT_SECRET ?? 'unset');
  const record = { ...env.ids, requestedAt: new Date().toISOString() };
  const pdf = await exportAttachment(base, token, record);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
