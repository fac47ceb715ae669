import { randomUUID } from 'node:crypto';
import { DomainBus } from './bus.js';
import { AttachmentExportWorker } from './worker.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const bus = new DomainBus();
  new AttachmentExportWorker(bus, env.baseUrl, env.token);
  const correlationId = randomUUID();

  return new Promise<Uint8Array>((resolve, reject) => {
    const offDone = bus.subscribe('attachment.export.completed', (evt) => {
      if (evt.correlationId !== correlationId) return;
      offDone();
      offFail();
      resolve(new Uint8Array(evt.pdf));
    });
    const offFail = bus.subscribe('attachment.export.failed', (evt) => {
      if (evt.correlationId !== correlationId) return;
      offDone();
      offFail();
      reject(new Error(`attachment export failed: ${evt.reason}`));
    });
    bus.publish('attachment.export.requested', { correlationId, attachment: { ...env.ids } });
  });
}
