import { randomUUID } from 'node:crypto';
import { handleMessage, type QueueMessage } from './worker.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array> {
  const blobs = new Map<string, Buffer>();
  const message: QueueMessage = {
    messageId: randomUUID(),
    receiptHandle: randomUUID(),
    approximateReceiveCount: 1,
    body: JSON.stringify({
      kind: 'AttachmentExportRequested',
      tenant: 'acme-audit',
      target: {
        audit: env.ids.auditId,
        procedure: env.ids.procedureId,
        matrix: env.ids.matrixId,
        sample: env.ids.sampleId,
        attachment: env.ids.attachmentId,
      },
    }),
  };
  await handleMessage(message, {
    apiUrl: env.baseUrl,
    token: env.token,
    store: async (key, bytes) => void blobs.set(key, bytes),
    ack: async () => undefined,
    log: () => undefined,
  });
  const pdf = blobs.get(`acme-audit/${env.ids.attachmentId}.pdf`);
  if (!pdf) throw new Error('worker did not store the PDF');
  return new Uint8Array(pdf);
}
