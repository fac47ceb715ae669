import { randomUUID } from 'node:crypto';
import { JobQueue } from './queue.js';
import { registerExportJobs, type ExportAttachmentPayload } from './jobs.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const queue = new JobQueue();
  try {
    return await new Promise<Uint8Array>((resolve, reject) => {
      const correlationId = randomUUID();
      queue.onFailed((_job, error) => reject(error));
      registerExportJobs(queue, { apiUrl: process.env.WORKIVA_API_URL ?? env.baseUrl, token: process.env.WORKIVA_TOKEN ?? env.token }, (id, result) => {
        if (id !== correlationId) return;
        if (result.pdf) resolve(result.pdf);
        else reject(result.error ?? new Error('export produced no file'));
      });
      const payload: ExportAttachmentPayload = {
        correlationId,
        audit: env.ids.auditId,
        procedure: env.ids.procedureId,
        matrix: env.ids.matrixId,
        sample: env.ids.sampleId,
        attachment: env.ids.attachmentId,
      };
      queue.add('workiva.export-attachment', payload);
    });
  } finally {
    queue.close();
  }
}
