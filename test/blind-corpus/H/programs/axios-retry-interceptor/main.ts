import { createPlatformAxios } from './http.js';
import { awaitOperation, startAttachmentExport, type MatrixSample } from './exports.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const http = createPlatformAxios(env.baseUrl, env.token);
  const { attachmentId, ...rest } = env.ids;
  const sample: MatrixSample = rest;
  const started = await startAttachmentExport(http, sample, attachmentId);
  const op = await awaitOperation(http, started);
  if (op.status !== 'completed' || !op.resourceUrl) throw new Error(`reconciliation export ${op.status}`);
  const file = await http.get<ArrayBuffer>(op.resourceUrl, { responseType: 'arraybuffer' });
  return file.data;
}
