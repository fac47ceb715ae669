import { JobQueue, type Job } from './queue.js';
import { buildExportRequest, buildGet, type ExportPayload } from './requests.js';
import { execute } from './execute.js';

interface PollPayload {
  token: string;
  operationUrl: string;
}

interface OperationDoc {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

const MAX_START_ATTEMPTS = 3;

export function wireExportJobs(queue: JobQueue, done: (bytes: ArrayBuffer) => void, fail: (err: unknown) => void): void {
  queue.register<ExportPayload>('attachment.export.start', async (job: Job<ExportPayload>, q) => {
    const res = await execute(buildExportRequest(job.payload)); // blind-corpus: site=job-queue-1
    const retryAfter = Number(res.header('retry-after') ?? 1);
    if ((res.status === 429 || res.status === 503) && job.attempts < MAX_START_ATTEMPTS) {
      q.enqueue('attachment.export.start', job.payload, retryAfter * 1000, job.attempts + 1);
      return;
    }
    if (res.status !== 202) throw new Error(`export start failed: ${res.status}`);
    q.enqueue<PollPayload>('attachment.export.poll', { token: job.payload.token, operationUrl: res.header('location') ?? '' }, retryAfter * 1000);
  });

  queue.register<ExportPayload>('attachment.export.replay', async (job, q) => {
    const original = buildExportRequest(job.payload);
    const res = await execute({ ...original, headers: { ...original.headers, 'X-Version': '2022-01-01', 'X-Replay-Of': String(job.id) } }); // blind-corpus: site=job-queue-2
    if (res.status !== 202) throw new Error(`replay failed: ${res.status}`);
    q.enqueue<PollPayload>('attachment.export.poll', { token: job.payload.token, operationUrl: res.header('location') ?? '' }, Number(res.header('retry-after') ?? 1) * 1000);
  });

  queue.register<PollPayload>('attachment.export.poll', async (job, q) => {
    const res = await execute(buildGet(job.payload.operationUrl, job.payload.token));
    const retryAfterMs = Number(res.header('retry-after') ?? 1) * 1000;
    if (res.status === 429) return void q.enqueue('attachment.export.poll', job.payload, retryAfterMs, job.attempts + 1);
    const op = await res.json<OperationDoc>();
    switch (op.status) {
      case 'completed': {
        const file = await execute(buildGet(op.resourceUrl ?? op.resourceURL ?? '', job.payload.token, 'application/pdf'));
        if (file.status !== 200) throw new Error(`download failed: ${file.status}`);
        done(await file.bytes());
        return;
      }
      case 'failed':
      case 'cancelled':
        throw new Error(`export ${op.id} ${op.status}`);
      default:
        q.enqueue('attachment.export.poll', job.payload, retryAfterMs, job.attempts + 1);
    }
  });

  queue.on('failed', (_job: Job<unknown>, err: unknown) => fail(err));
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const queue = new JobQueue();
  try {
    return await new Promise<ArrayBuffer>((resolve, reject) => {
      wireExportJobs(queue, resolve, reject);
      const payload: ExportPayload = {
        apiRoot: env.baseUrl,
        token: env.token,
        attachment: { audit: env.ids.auditId, procedure: env.ids.procedureId, matrix: env.ids.matrixId, sample: env.ids.sampleId, id: env.ids.attachmentId },
        format: 'pdf',
      };
      queue.enqueue(process.env['EXPORT_REPLAY'] ? 'attachment.export.replay' : 'attachment.export.start', payload);
    });
  } finally {
    queue.close();
  }
}
