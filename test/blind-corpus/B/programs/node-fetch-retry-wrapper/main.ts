import fetch from 'node-fetch';
import { withRetry } from './retry.js';

type AttachmentIds = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

const API_VERSION_HEADER = { 'X-Version': '2022-01-01' } as const;

class ExportJob {
  private operationUrl?: string;
  private retryAfterSeconds = 1;

  constructor(private readonly apiBase: string, private readonly bearer: string, private readonly ids: AttachmentIds) {}

  private get headers() {
    return { Authorization: `Bearer ${this.bearer}`, Accept: 'application/json', ...API_VERSION_HEADER };
  }

  async submit(): Promise<void> {
    const { auditId, procedureId, matrixId, sampleId, attachmentId } = this.ids;
    const endpoint = `${this.apiBase}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`; // blind-corpus: path=node-fetch-retry-1
    const res = await withRetry((signal) => fetch(endpoint, { method: 'POST', headers: { ...this.headers, 'Content-Type': 'application/json' }, body: '{"format":"pdf"}', signal })); // blind-corpus: site=node-fetch-retry-1
    if (res.status !== 202) {
      const { code, message } = (await res.json()) as { code: string; message: string };
      throw new Error(`[${code}] ${message}`);
    }
    this.operationUrl = res.headers.get('location') ?? undefined;
    this.retryAfterSeconds = Number(res.headers.get('retry-after') ?? 1);
  }

  async result(): Promise<Uint8Array> {
    if (!this.operationUrl) throw new Error('submit() first');
    const operationUrl = this.operationUrl;
    for (;;) {
      await new Promise((r) => setTimeout(r, this.retryAfterSeconds * 1000 + 60));
      const res = await withRetry((signal) => fetch(operationUrl, { headers: this.headers, signal }));
      this.retryAfterSeconds = Number(res.headers.get('retry-after') ?? 1);
      const op = (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
      if (op.status === 'completed') {
        const file = await withRetry((signal) => fetch(op.resourceUrl ?? op.resourceURL ?? '', { headers: { Authorization: `Bearer ${this.bearer}` }, signal }));
        return new Uint8Array(await file.arrayBuffer());
      }
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}`);
    }
  }
}

export async function run(env: { baseUrl: string; token: string; ids: AttachmentIds }): Promise<Uint8Array | ArrayBuffer> {
  const job = new ExportJob(env.baseUrl.replace(/\/+$/, ''), env.token, env.ids);
  await job.submit();
  return job.result();
}
