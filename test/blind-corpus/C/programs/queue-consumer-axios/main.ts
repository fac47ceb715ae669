import axios from 'axios';
import { randomUUID } from 'node:crypto';
import { InMemoryQueue, type Job } from './queue.js';
import { JOB_TYPES, onExportRequested, onPoll, type DownloadPayload, type ExportRequestedPayload } from './handlers.js';

export function run(env: { baseUrl: string; token: string; ids: ExportRequestedPayload['attachment'] }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const queue = new InMemoryQueue();
    queue.register(JOB_TYPES.requested, onExportRequested);
    queue.register(JOB_TYPES.poll, onPoll);
    queue.register<DownloadPayload>(JOB_TYPES.download, async (job: Job<DownloadPayload>) => {
      const res = await axios.get<ArrayBuffer>(job.payload.resourceUrl, { headers: { Authorization: `Bearer ${job.payload.token}` }, responseType: 'arraybuffer' });
      resolve(Buffer.from(res.data));
    });
    queue.on('failed', (_job: Job<unknown>, err: unknown) => reject(err));
    queue.on('error', reject);

    queue.enqueue<ExportRequestedPayload>(JOB_TYPES.requested, { correlationId: randomUUID(), apiBaseUrl: env.baseUrl, token: env.token, attachment: { ...env.ids } });
  });
}
