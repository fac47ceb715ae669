import axios, { AxiosError, type AxiosInstance } from 'axios';
import type { InMemoryQueue, Job } from './queue.js';

export interface ExportJobPayload {
  correlationId: string;
  attachment: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

interface PollJobPayload {
  correlationId: string;
  operationUrl: string;
  startedAt: number;
}

interface DownloadJobPayload {
  correlationId: string;
  resourceUrl: string;
}

const MAX_ATTEMPTS = 5;

function backoffMs(attempt: number, retryAfter?: string): number {
  const hinted = Number(retryAfter);
  if (Number.isFinite(hinted) && hinted > 0) return hinted * 1000;
  return Math.min(60_000, 1000 * 2 ** attempt) + Math.floor(Math.random() * 250);
}

function isTransient(err: unknown): err is AxiosError {
  return err instanceof AxiosError && [429, 500, 503].includes(err.response?.status ?? 0);
}

export function registerExportJobs(queue: InMemoryQueue, http: AxiosInstance, onDone: (id: string, pdf: Buffer) => void): void {
  const withRetry = (fn: (job: Job<any>) => Promise<void>) => async (job: Job<any>) => {
    try {
      await fn(job);
    } catch (err) {
      if (isTransient(err) && job.attempts + 1 < MAX_ATTEMPTS) {
        const delayMs = backoffMs(job.attempts, err.response?.headers['retry-after']);
        queue.add(job.type, job.payload, { delayMs, attempts: job.attempts + 1 });
        return;
      }
      throw err;
    }
  };

  queue.process('workiva.export.start', withRetry(async (job: Job<ExportJobPayload>) => {
    const a = job.payload.attachment;
    const res = await http.post( // blind-corpus: site=queue-axios-1
      `/prototype/platform/audits/${a.auditId}/procedures/${a.procedureId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`, // blind-corpus: path=queue-axios-1
      { format: 'pdf' },
    );
    queue.add<PollJobPayload>(
      'workiva.export.poll',
      { correlationId: job.payload.correlationId, operationUrl: res.headers['location'], startedAt: Date.now() },
      { delayMs: backoffMs(0, res.headers['retry-after']) },
    );
  }));

  queue.process('workiva.export.poll', withRetry(async (job: Job<PollJobPayload>) => {
    const res = await http.get<{ status: string; resourceUrl?: string; resourceURL?: string; id: string }>(job.payload.operationUrl);
    switch (res.data.status) {
      case 'completed':
        queue.add<DownloadJobPayload>('workiva.export.download', {
          correlationId: job.payload.correlationId,
          resourceUrl: (res.data.resourceUrl ?? res.data.resourceURL)!,
        });
        return;
      case 'failed':
      case 'cancelled':
        throw new Error(`operation ${res.data.id} ${res.data.status}`);
      default:
        queue.add('workiva.export.poll', job.payload, { delayMs: backoffMs(0, res.headers['retry-after']) });
    }
  }));

  queue.process('workiva.export.download', withRetry(async (job: Job<DownloadJobPayload>) => {
    const res = await http.get<ArrayBuffer>(job.payload.resourceUrl, { responseType: 'arraybuffer' });
    onDone(job.payload.correlationId, Buffer.from(res.data));
  }));

  // Dead-letter handler: re-drive failed exports once from scratch.
  queue.process('workiva.export.redrive', async (job: Job<ExportJobPayload>) => {
    const { auditId, procedureId, matrixId, sampleId, attachmentId } = job.payload.attachment;
    const path = ['/prototype/platform/audits', auditId, 'procedures', procedureId, 'matrices', matrixId, // blind-corpus: path=queue-axios-2
      'samples', sampleId, 'attachments', attachmentId, 'export'].join('/');
    const res = await http.request({ method: 'POST', url: path, data: { format: 'pdf' } }); // blind-corpus: site=queue-axios-2
    queue.add<PollJobPayload>('workiva.export.poll', { correlationId: job.payload.correlationId, operationUrl: res.headers['location'], startedAt: Date.now() }, {
      delayMs: backoffMs(0, res.headers['retry-after']),
    });
  });
}

export function createHttp(baseURL: string, token: string): AxiosInstance {
  return axios.create({
    baseURL,
    headers: { common: { Authorization: `Bearer ${token}`, Accept: 'application/json' } },
    timeout: 29_000,
  });
}
