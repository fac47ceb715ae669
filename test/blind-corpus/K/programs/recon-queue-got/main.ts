import got, { HTTPError, type Got } from 'got';
import { JobQueue } from './queue.js';

interface ExportPayload {
  engagement: string;
  ref: { audit: string; procedure: string; matrix: string; sample: string; attachment: string };
}
interface PollPayload extends ExportPayload {
  operationUrl: string;
}
interface DownloadPayload extends ExportPayload {
  resourceUrl: string;
}

const exportPath = (r: ExportPayload['ref']) =>
  `prototype/platform/audits/${r.audit}/procedures/${r.procedure}/matrices/${r.matrix}/samples/${r.sample}/attachments/${r.attachment}/export`; // blind-corpus: path=recon-got-1,recon-got-2

const retryAfterMs = (h: string | string[] | undefined) => 1000 * (Number(h) || 1);

export function buildWorker(api: Got, results: Map<string, Buffer>): JobQueue {
  const queue = new JobQueue(3);

  queue.register<ExportPayload>('export.start', async (job, { enqueue }) => {
    try {
      const res = await api.post(exportPath(job.payload.ref), { json: { format: 'pdf' } }); // blind-corpus: site=recon-got-1
      enqueue<PollPayload>('export.poll', { ...job.payload, operationUrl: res.headers.location! }, retryAfterMs(res.headers['retry-after']));
    } catch (err) {
      // 409: an export for this attachment is already running upstream; back off and start again
      if (err instanceof HTTPError && err.response.statusCode === 409) {
        await new Promise((r) => setTimeout(r, retryAfterMs(err.response.headers['retry-after'])));
        const res = await api.post(exportPath(job.payload.ref), { json: { format: 'pdf' } }); // blind-corpus: site=recon-got-2
        enqueue<PollPayload>('export.poll', { ...job.payload, operationUrl: res.headers.location! }, retryAfterMs(res.headers['retry-after']));
        return;
      }
      throw err;
    }
  });

  queue.register<PollPayload>('export.poll', async (job, { enqueue }) => {
    const res = await api.get(job.payload.operationUrl, { prefixUrl: '', responseType: 'json' });
    const op = res.body as { status: string; resourceUrl?: string; resourceURL?: string; id: string };
    switch (op.status) {
      case 'completed':
        enqueue<DownloadPayload>('export.download', { ...job.payload, resourceUrl: (op.resourceUrl ?? op.resourceURL)! });
        break;
      case 'failed':
      case 'cancelled':
        queue.emit('failed', job, new Error(`operation ${op.id} ${op.status}`));
        break;
      default:
        enqueue<PollPayload>('export.poll', job.payload, retryAfterMs(res.headers['retry-after']));
    }
  });

  queue.register<DownloadPayload>('export.download', async (job) => {
    const pdf = await api.get(job.payload.resourceUrl, { prefixUrl: '', headers: { accept: 'application/pdf' } }).buffer();
    results.set(job.payload.ref.attachment, pdf);
  });

  return queue;
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Buffer> {
  const api = got.extend({
    prefixUrl: process.env['WORKIVA_API_URL'] ?? env.baseUrl,
    headers: { authorization: `Bearer ${process.env['WORKIVA_TOKEN'] ?? env.token}`, accept: 'application/json' },
    retry: { limit: 0 },
  });
  const results = new Map<string, Buffer>();
  const queue = buildWorker(api, results);
  const failures: unknown[] = [];
  queue.on('failed', (_job, err) => failures.push(err));
  const drained = new Promise<void>((resolve) => queue.once('drained', resolve));
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
  queue.enqueue<ExportPayload>('export.start', { engagement: 'FY26-SOX', ref: { audit: auditId, procedure: procedureId, matrix: matrixId, sample: sampleId, attachment: attachmentId } });
  await drained;
  const pdf = results.get(attachmentId);
  if (!pdf) throw new AggregateError(failures, 'export job did not produce a file');
  return pdf;
}
