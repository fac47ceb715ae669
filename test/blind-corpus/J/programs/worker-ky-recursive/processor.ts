import ky, { HTTPError, type KyInstance } from 'ky';

export interface AttachmentJobData {
  tenantId: string;
  mode: 'fresh' | 'regenerate';
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

export interface JobContext<T> {
  id: string;
  data: T;
  attemptsMade: number;
  updateProgress(p: number): Promise<void>;
}

type Operation = { id: string; status: string; resourceUrl?: string; resourceURL?: string; details?: { message: string }[] };

const wait = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));

export class UnrecoverableError extends Error {}

export class ExportAttachmentProcessor {
  private readonly api: KyInstance;

  constructor(private readonly apiUrl: string, private readonly token: string) {
    this.api = ky.create({
      prefixUrl: apiUrl,
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      timeout: 29_000,
      retry: { limit: 3, methods: ['get'], statusCodes: [429, 503], afterStatusCodes: [429, 503], maxRetryAfter: 120_000 },
    });
  }

  async process(job: JobContext<AttachmentJobData>): Promise<ArrayBuffer> {
    const { auditId, procedureId, matrixId, sampleId, attachmentId } = job.data.ids;
    const relative = `prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`; // blind-corpus: path=worker-ky-1,worker-ky-2
    let response: Response;
    try {
      if (job.data.mode === 'regenerate') {
        response = await this.api(relative, { method: 'post', json: { format: 'pdf' }, headers: { 'X-Version': '2022-01-01' } }); // blind-corpus: site=worker-ky-2
      } else {
        response = await this.api.post(relative, { json: { format: 'pdf' } }); // blind-corpus: site=worker-ky-1
      }
    } catch (err) {
      if (err instanceof HTTPError && [400, 403, 404].includes(err.response.status)) {
        throw new UnrecoverableError(`export rejected with ${err.response.status}`);
      }
      throw err;
    }
    await job.updateProgress(10);
    const operation = await this.follow(response.headers.get('Location')!, Number(response.headers.get('Retry-After') ?? 1), job);
    const href = operation.resourceUrl ?? operation.resourceURL;
    if (!href) throw new Error(`operation ${operation.id} has no resource`);
    const pdf = await ky.get(href, { headers: { Authorization: `Bearer ${this.token}` } }).arrayBuffer();
    await job.updateProgress(100);
    return pdf;
  }

  private async follow(location: string, retryAfter: number, job: JobContext<AttachmentJobData>, polls = 0): Promise<Operation> {
    await wait(retryAfter);
    const res = await ky.get(location, { headers: { Authorization: `Bearer ${this.token}` }, retry: 0 });
    const op = await res.json<Operation>();
    if (op.status === 'completed') return op;
    if (op.status === 'failed' || op.status === 'cancelled') {
      throw new UnrecoverableError(`export ${op.status}: ${op.details?.map((d) => d.message).join(', ') ?? ''}`);
    }
    await job.updateProgress(Math.min(90, 10 + polls * 5));
    return this.follow(location, Number(res.headers.get('Retry-After') ?? retryAfter), job, polls + 1);
  }
}
