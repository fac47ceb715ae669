import { once } from 'node:events';
import { ExportWorker, type ExportTask } from './export-worker.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array> {
  const worker = new ExportWorker(new URL(env.baseUrl).origin, env.token);
  const task: ExportTask = { taskId: `export:${env.ids.attachmentId}`, retries: 0, ...env.ids };
  const failed = once(worker, 'error').then(([, err]) => Promise.reject(err as Error));
  const done = new Promise<Buffer>((resolve) => {
    worker.on('done', (taskId, pdf) => {
      if (taskId === task.taskId) resolve(pdf);
    });
  });
  worker.submit(task);
  try {
    return new Uint8Array(await Promise.race([done, failed]));
  } finally {
    await worker.close();
  }
}
