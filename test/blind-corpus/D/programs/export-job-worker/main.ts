import { InMemoryQueue } from './queue.js';
import { ExportWorker, type ExportJobPayload } from './worker.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array> {
  const queue = new InMemoryQueue<ExportJobPayload>();
  const base = { audit: env.ids.auditId, procedure: env.ids.procedureId, matrix: env.ids.matrixId, sample: env.ids.sampleId };
  const primaryJob = queue.enqueue({ kind: 'sample-attachment-pdf', ...base, attachment: env.ids.attachmentId });
  queue.enqueue({ kind: 'sample-attachment-pdf', ...base, attachment: `${env.ids.attachmentId}-p2` });
  queue.enqueue({ kind: 'sample-attachment-pdf-pinned', ...base, attachment: `${env.ids.attachmentId}-p3` });

  const results = new Map<string, Uint8Array>();
  const worker = new ExportWorker(queue, {
    apiUrl: env.baseUrl,
    token: env.token,
    concurrency: 3,
    maxAttempts: 3,
    onResult: (jobId, _payload, pdf) => results.set(jobId, pdf),
  });
  await worker.drain();
  const pdf = results.get(primaryJob);
  if (!pdf) throw new Error(`job ${primaryJob} produced no PDF`);
  return pdf;
}
