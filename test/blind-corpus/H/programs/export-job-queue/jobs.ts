import type { JobQueue, Job } from './queue.js';

export interface WorkivaContext {
  apiUrl: string;
  token: string;
}

export interface ExportAttachmentPayload {
  correlationId: string;
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
}

export interface PollOperationPayload {
  correlationId: string;
  operationUrl: string;
  polls: number;
}

export type ExportResultSink = (correlationId: string, result: { pdf?: Uint8Array; error?: Error }) => void;

export function registerExportJobs(queue: JobQueue, ctx: WorkivaContext, sink: ExportResultSink): void {
  const auth = { Authorization: `Bearer ${ctx.token}` };

  queue.process<ExportAttachmentPayload>('workiva.export-attachment', async (job: Job<ExportAttachmentPayload>) => {
    const p = job.payload;
    const endpoint = `${ctx.apiUrl}/prototype/platform/audits/${p.audit}/procedures/${p.procedure}/matrices/${p.matrix}/samples/${p.sample}/attachments/${p.attachment}/export`; // blind-corpus: path=job-queue-fetch-1
    const res = await fetch(endpoint, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=job-queue-fetch-1
    if (res.status === 429 || res.status === 503) {
      const retryIn = Number(res.headers.get('Retry-After') ?? 5) * 1000;
      queue.add('workiva.export-attachment', p, { delayMs: retryIn, attempts: job.attempts + 1 });
      return;
    }
    if (res.status !== 202) throw new Error(`export rejected with ${res.status}`);
    queue.add<PollOperationPayload>(
      'workiva.poll-operation',
      { correlationId: p.correlationId, operationUrl: res.headers.get('Location')!, polls: 0 },
      { delayMs: Number(res.headers.get('Retry-After') ?? 1) * 1000 + 100 },
    );
  });

  queue.process<PollOperationPayload>('workiva.poll-operation', async (job) => {
    const p = job.payload;
    const res = await fetch(p.operationUrl, { headers: { ...auth, Accept: 'application/json' } });
    const nextDelay = Number(res.headers.get('Retry-After') ?? 2) * 1000 + 100;
    if (!res.ok) {
      if (res.status === 429) return void queue.add('workiva.poll-operation', { ...p, polls: p.polls + 1 }, { delayMs: nextDelay });
      throw new Error(`poll failed with ${res.status}`);
    }
    const op = (await res.json()) as { id: string; status: string; resourceUrl?: string };
    switch (op.status) {
      case 'completed': {
        const pdf = await fetch(op.resourceUrl!, { headers: auth });
        sink(p.correlationId, { pdf: new Uint8Array(await pdf.arrayBuffer()) });
        return;
      }
      case 'failed':
      case 'cancelled':
        sink(p.correlationId, { error: new Error(`operation ${op.id} ${op.status}`) });
        return;
      default:
        queue.add('workiva.poll-operation', { ...p, polls: p.polls + 1 }, { delayMs: nextDelay });
    }
  });
}
