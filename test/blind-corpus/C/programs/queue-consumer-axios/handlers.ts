import axios from 'axios';
import type { InMemoryQueue, Job } from './queue.js';

export interface ExportRequestedPayload {
  correlationId: string;
  apiBaseUrl: string;
  token: string;
  attachment: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

export interface PollPayload extends ExportRequestedPayload {
  operationUrl: string;
}

export interface DownloadPayload extends ExportRequestedPayload {
  resourceUrl: string;
}

export const JOB_TYPES = { requested: 'attachment-export.requested', poll: 'attachment-export.poll', download: 'attachment-export.download' } as const;

export async function onExportRequested(job: Job<ExportRequestedPayload>, queue: InMemoryQueue): Promise<void> {
  const p = job.payload;
  const a = p.attachment;
  const res = await axios({ // blind-corpus: site=queue-axios-1
    method: 'post',
    url: `${p.apiBaseUrl}/prototype/platform/audits/${a.auditId}/procedures/${a.procedureId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`, // blind-corpus: path=queue-axios-1
    data: { format: 'pdf' },
    headers: { Authorization: `Bearer ${p.token}`, 'X-Correlation-Id': p.correlationId },
  });
  const retryAfterMs = Number(res.headers['retry-after'] ?? 1) * 1000;
  queue.enqueue<PollPayload>(JOB_TYPES.poll, { ...p, operationUrl: String(res.headers['location']) }, retryAfterMs + 50);
}

export async function onPoll(job: Job<PollPayload>, queue: InMemoryQueue): Promise<void> {
  const res = await axios.get<{ id: string; status: string; resourceUrl?: string; resourceURL?: string }>(job.payload.operationUrl, {
    headers: { Authorization: `Bearer ${job.payload.token}` },
  });
  const { status, resourceUrl, resourceURL, id } = res.data;
  if (status === 'completed') {
    queue.enqueue<DownloadPayload>(JOB_TYPES.download, { ...job.payload, resourceUrl: resourceUrl ?? resourceURL ?? '' });
  } else if (status === 'failed' || status === 'cancelled') {
    throw new Error(`operation ${id} ${status}`);
  } else {
    const retryAfterMs = Number(res.headers['retry-after'] ?? 1) * 1000;
    queue.enqueue(JOB_TYPES.poll, job.payload, retryAfterMs + 50, job.attempts + 1);
  }
}
