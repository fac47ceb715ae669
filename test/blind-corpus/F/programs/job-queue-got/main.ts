import { InMemoryQueue } from './queue.js';
import { JOB, registerExportJobs, type ExportRequestedPayload } from './jobs.js';

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array | ArrayBuffer> {
  const queue = new InMemoryQueue();
  registerExportJobs(queue);

  const payload: ExportRequestedPayload = {
    apiUrl: env.baseUrl,
    token: env.token,
    audit: { id: env.ids.auditId, procedureId: env.ids.procedureId, matrixId: env.ids.matrixId, sampleId: env.ids.sampleId },
    attachmentId: env.ids.attachmentId,
  };

  try {
    return await new Promise<Buffer>((resolve, reject) => {
      queue.on('export:done', (attachmentId: string, bytes: Buffer) => {
        if (attachmentId === payload.attachmentId) resolve(bytes);
      });
      queue.on('export:failed', (_id: string, err: Error) => reject(err));
      queue.on('failed', (_job, err: unknown) => reject(err));
      queue.on('error', reject);
      queue.enqueue(JOB.requestExport, payload);
    });
  } finally {
    queue.close();
  }
}
