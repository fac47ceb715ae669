import ky, { HTTPError, type KyInstance } from 'ky';
import { JobQueue, type Job } from './queue.js';

interface EvidenceSyncPayload {
  source: 'workiva';
  target: 'archer' | 'auditboard' | 'servicenow';
  workiva: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}
interface PollPayload {
  operationUrl: string;
}
interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

function retryAfter(res: Response, fallbackSec = 1): number {
  const v = Number(res.headers.get('Retry-After'));
  return (Number.isFinite(v) && v > 0 ? v : fallbackSec) * 1000 + 30;
}

export function createWorker(baseUrl: string, token: string): { queue: JobQueue; api: KyInstance } {
  const api = ky.create({
    prefixUrl: baseUrl,
    timeout: 29_000,
    retry: { limit: 2, statusCodes: [503], afterStatusCodes: [429, 503] },
    hooks: {
      beforeRequest: [(request) => request.headers.set('Authorization', `Bearer ${token}`)],
    },
  });
  const queue = new JobQueue();

  queue.on<EvidenceSyncPayload>('evidence.export', async (job: Job<EvidenceSyncPayload>, q) => {
    const w = job.payload.workiva;
    try {
      const res = await api.post( // blind-corpus: site=ky-grc-sync-1
        `prototype/platform/audits/${w.auditId}/procedures/${w.procedureId}/matrices/${w.matrixId}/samples/${w.sampleId}/attachments/${w.attachmentId}/export`, // blind-corpus: path=ky-grc-sync-1
        { json: { format: 'pdf' }, headers: { Accept: 'application/json' } },
      );
      const location = res.headers.get('Location');
      if (!location) throw new Error('export accepted without Location');
      q.enqueue<PollPayload>('evidence.poll', { operationUrl: location }, retryAfter(res), job.id);
    } catch (err) {
      if (err instanceof HTTPError) {
        const body = (await err.response.json().catch(() => ({}))) as { message?: string };
        throw new Error(`workiva export failed for ${w.attachmentId}: ${err.response.status} ${body.message ?? ''}`);
      }
      throw err;
    }
  });

  queue.on<PollPayload>('evidence.poll', async (job, q) => {
    const res = await ky.get(job.payload.operationUrl, { headers: { Authorization: `Bearer ${token}` }, retry: 0 });
    const op = await res.json<Operation>();
    switch (op.status) {
      case 'completed': {
        const url = op.resourceUrl ?? op.resourceURL;
        if (!url) throw new Error(`operation ${op.id} has no resourceUrl`);
        const pdf = await ky.get(url, { headers: { Authorization: `Bearer ${token}` } }).arrayBuffer();
        q.complete(job.id, pdf);
        return;
      }
      case 'failed':
      case 'cancelled':
        throw new Error(`operation ${op.id} ${op.status}`);
      default:
        q.enqueue<PollPayload>('evidence.poll', job.payload, retryAfter(res), job.id);
    }
  });

  return { queue, api };
}

export async function run(env: { baseUrl: string; token: string; ids: EvidenceSyncPayload['workiva'] }): Promise<ArrayBuffer> {
  const { queue } = createWorker(env.baseUrl, env.token);
  const jobId = `sync-${env.ids.attachmentId}`;
  const done = queue.result(jobId);
  queue.enqueue<EvidenceSyncPayload>('evidence.export', { source: 'workiva', target: 'archer', workiva: env.ids }, 0, jobId);
  return (await done) as ArrayBuffer;
}
