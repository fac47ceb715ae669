import got from 'got';
import type { InMemoryQueue, Job } from './queue.js';

export interface ExportRequestedPayload {
  apiUrl: string;
  token: string;
  audit: { id: string; procedureId: string; matrixId: string; sampleId: string };
  attachmentId: string;
}

export interface PollExportPayload {
  token: string;
  operationUrl: string;
  attachmentId: string;
}

export interface DownloadPayload {
  token: string;
  resourceUrl: string;
  attachmentId: string;
}

export const JOB = {
  requestExport: 'workiva.attachment-export.request',
  pollExport: 'workiva.attachment-export.poll',
  download: 'workiva.attachment-export.download',
} as const;

export function registerExportJobs(queue: InMemoryQueue): void {
  queue.register<ExportRequestedPayload>(JOB.requestExport, async ({ payload: p }, q) => {
    const res = await got.post(`${p.apiUrl}/prototype/platform/audits/${p.audit.id}/procedures/${p.audit.procedureId}/matrices/${p.audit.matrixId}/samples/${p.audit.sampleId}/attachments/${p.attachmentId}/export`, { // blind-corpus: site=job-queue-got-1
      headers: { authorization: `Bearer ${p.token}` },
      json: { format: 'pdf' },
      throwHttpErrors: true,
    });
    const retryAfter = Number(res.headers['retry-after'] ?? 1);
    q.enqueue<PollExportPayload>(JOB.pollExport, { token: p.token, operationUrl: res.headers.location!, attachmentId: p.attachmentId }, retryAfter * 1000);
  });

  queue.register<PollExportPayload>(JOB.pollExport, async (job: Job<PollExportPayload>, q) => {
    const p = job.payload;
    const res = await got.get(p.operationUrl, { headers: { authorization: `Bearer ${p.token}` }, responseType: 'json' });
    const op = res.body as { id: string; status: string; resourceUrl?: string; resourceURL?: string };
    switch (op.status) {
      case 'completed':
        q.enqueue<DownloadPayload>(JOB.download, { token: p.token, resourceUrl: (op.resourceUrl ?? op.resourceURL)!, attachmentId: p.attachmentId });
        break;
      case 'failed':
      case 'cancelled':
        q.emit('export:failed', p.attachmentId, new Error(`operation ${op.id} ${op.status}`));
        break;
      default:
        q.enqueue<PollExportPayload>(JOB.pollExport, p, Number(res.headers['retry-after'] ?? 1) * 1000, job.attempts + 1);
    }
  });

  queue.register<DownloadPayload>(JOB.download, async ({ payload: p }, q) => {
    const bytes = await got.get(p.resourceUrl, { headers: { authorization: `Bearer ${p.token}` } }).buffer();
    q.emit('export:done', p.attachmentId, bytes);
  });
}
