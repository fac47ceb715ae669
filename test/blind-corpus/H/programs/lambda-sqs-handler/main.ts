import { createHandler, type ExportRequestedMessage } from './handler.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const bucket = new Map<string, Uint8Array>();
  const handler = createHandler({
    apiUrl: process.env.WORKIVA_API_URL!,
    token: process.env.WORKIVA_TOKEN!,
    store: async (key, bytes) => void bucket.set(key, bytes),
  });
  const message: ExportRequestedMessage = {
    version: 1,
    attachment: { audit: env.ids.auditId, procedure: env.ids.procedureId, matrix: env.ids.matrixId, sample: env.ids.sampleId, id: env.ids.attachmentId },
    format: 'pdf',
  };
  const result = await handler({ Records: [{ messageId: 'local-1', body: JSON.stringify(message) }] });
  if (result.batchItemFailures.length > 0) throw new Error('export message failed');
  const stored = bucket.get(`exports/${env.ids.auditId}/${env.ids.attachmentId}.pdf`);
  if (!stored) throw new Error('nothing stored');
  return stored;
}
