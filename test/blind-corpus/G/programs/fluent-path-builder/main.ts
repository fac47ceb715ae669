import axios from 'axios';
import { setTimeout as sleep } from 'node:timers/promises';
import { RequestBuilder } from './request-builder.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface ExportTarget {
  readonly audit: string;
  readonly procedure: string;
  readonly matrix: string;
  readonly sample: string;
  readonly attachment: string;
}

interface OperationDto {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  resourceURL?: string;
}

interface ApiErrorDto {
  code?: string;
  message?: string;
}

export class SampleAttachmentClient {
  private readonly root: RequestBuilder;

  constructor(baseUrl: string, private readonly token: string) {
    this.root = RequestBuilder.over(baseUrl, { Authorization: `Bearer ${token}`, Accept: 'application/json' })
      .path('prototype', 'platform');
  }

  async startPdfExport(target: ExportTarget): Promise<{ location: string; retryAfterMs: number }> {
    const res = await this.root
      .header('X-Version', '2022-01-01')
      .path('audits', target.audit)
      .path('procedures', target.procedure)
      .path('matrices', target.matrix)
      .path('samples', target.sample)
      .path('attachments', target.attachment)
      .path('export') // blind-corpus: path=fluent-builder-1
      .post<ApiErrorDto>({ format: 'pdf' }); // blind-corpus: site=fluent-builder-1
    if (res.status !== 202) {
      throw new Error(`export rejected (${res.status} ${res.data?.code ?? ''}): ${res.data?.message ?? 'no message'}`);
    }
    const location = String(res.headers['location'] ?? '');
    if (!location) throw new Error('202 without Location');
    return { location, retryAfterMs: Number(res.headers['retry-after'] ?? 1) * 1000 };
  }

  async sampleTitle(target: ExportTarget): Promise<string | undefined> {
    const res = await this.root
      .path('audits', target.audit)
      .path('procedures', target.procedure)
      .path('matrices', target.matrix)
      .path('samples', target.sample)
      .get<{ name?: string }>();
    return res.status === 200 ? res.data.name : undefined;
  }

  async awaitOperation(location: string, initialWaitMs: number): Promise<OperationDto> {
    let waitMs = initialWaitMs;
    const deadline = Date.now() + 5 * 60_000;
    while (Date.now() < deadline) {
      await sleep(waitMs);
      const res = await axios.get<OperationDto>(location, {
        headers: { Authorization: `Bearer ${this.token}` },
        validateStatus: (s) => s < 500 || s === 503,
      });
      const retryAfter = Number(res.headers['retry-after'] ?? waitMs / 1000);
      waitMs = Math.max(1, retryAfter) * 1000;
      if (res.status === 429 || res.status === 503) continue;
      if (res.status !== 200) throw new Error(`operation lookup returned ${res.status}`);
      if (['completed', 'failed', 'cancelled'].includes(res.data.status)) return res.data;
    }
    throw new Error('timed out waiting for export');
  }

  async download(url: string): Promise<Uint8Array> {
    const res = await axios.get<ArrayBuffer>(url, { responseType: 'arraybuffer', headers: { Authorization: `Bearer ${this.token}` } });
    return new Uint8Array(res.data);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array> {
  const client = new SampleAttachmentClient(env.baseUrl, env.token);
  const target: ExportTarget = Object.freeze({
    audit: env.ids.auditId,
    procedure: env.ids.procedureId,
    matrix: env.ids.matrixId,
    sample: env.ids.sampleId,
    attachment: env.ids.attachmentId,
  });
  await client.sampleTitle(target);
  const started = await client.startPdfExport(target);
  const op = await client.awaitOperation(started.location, started.retryAfterMs);
  const resource = op.resourceUrl ?? op.resourceURL;
  if (op.status !== 'completed' || resource === undefined) throw new Error(`export ${op.id} is ${op.status}`);
  return client.download(resource);
}
