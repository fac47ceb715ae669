import { randomUUID } from 'node:crypto';
import { createHttp, registerExportJobs, type ExportJobPayload } from './jobs.js';
import { InMemoryQueue, type Job } from './queue.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array> {
  const queue = new InMemoryQueue();
  const correlationId = randomUUID();
  const result = new Promise<Buffer>((resolve, reject) => {
    registerExportJobs(queue, createHttp(env.baseUrl, env.token), (id, pdf) => {
      if (id === correlationId) resolve(pdf);
    });
    queue.on('failed', (job: Job, err: unknown) => reject(err instanceof Error ? err : new Error(`job ${job.id} failed`)));
  });
  queue.start();
  queue.add<ExportJobPayload>('workiva.export.start', { correlationId, attachment: { ...env.ids } });
  try {
    return new Uint8Array(await result);
  } finally {
    queue.stop();
  }
}
