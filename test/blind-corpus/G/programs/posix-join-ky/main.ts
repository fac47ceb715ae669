import ky, { HTTPError, type KyInstance } from 'ky';
import path from 'node:path';

interface Env {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

const PLATFORM_ROOT = 'prototype/platform';

interface SampleAttachmentRecord {
  ids: Env['ids'];
  requestedBy: string;
  requestedAt: Date;
}

function attachmentRoot(rec: SampleAttachmentRecord): string {
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = rec.ids;
  return path.posix.join(PLATFORM_ROOT, 'audits', auditId, 'procedures', procedureId, 'matrices', matrixId, 'samples', sampleId, 'attachments', attachmentId);
}

export class KyExportClient {
  private readonly api: KyInstance;

  constructor(prefixUrl: string, token: string) {
    this.api = ky.create({
      prefixUrl,
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      retry: { limit: 2, methods: ['get'], statusCodes: [429, 503], afterStatusCodes: [429, 503] },
      timeout: 30_000,
    });
  }

  async exportAttachment(rec: SampleAttachmentRecord): Promise<Response> {
    const exportPath = path.posix.join(attachmentRoot(rec), 'export'); // blind-corpus: path=ky-posix-1
    try {
      return await this.api.post(exportPath, { json: { format: 'pdf' }, headers: { 'X-Version': '2022-01-01' } }); // blind-corpus: site=ky-posix-1
    } catch (err) {
      if (err instanceof HTTPError) {
        const body = (await err.response.json().catch(() => ({}))) as { code?: string; message?: string };
        throw new Error(`export of ${rec.ids.attachmentId} rejected: ${err.response.status} ${body.code ?? ''} ${body.message ?? ''}`);
      }
      throw err;
    }
  }

  async statusOf(location: string): Promise<{ op: Operation; retryAfter: number }> {
    const res = await this.api.get(location, { prefixUrl: '', retry: 0 });
    return { op: await res.json<Operation>(), retryAfter: Number(res.headers.get('Retry-After') ?? 1) };
  }

  download(url: string): Promise<ArrayBuffer> {
    return this.api.get(url, { prefixUrl: '', headers: { Accept: 'application/pdf' } }).arrayBuffer();
  }
}

export async function run(env: Env): Promise<ArrayBuffer> {
  const client = new KyExportClient(env.baseUrl, env.token);
  const rec: SampleAttachmentRecord = { ids: env.ids, requestedBy: 'scheduler', requestedAt: new Date() };
  const accepted = await client.exportAttachment(rec);
  const location = accepted.headers.get('Location');
  if (!location) throw new Error('missing Location');
  let retryAfter = Number(accepted.headers.get('Retry-After') ?? 1);
  for (let i = 0; i < 100; i++) {
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
    const { op, retryAfter: next } = await client.statusOf(location);
    retryAfter = next;
    if (op.status === 'completed') return client.download(op.resourceUrl ?? op.resourceURL ?? '');
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.id} ${op.status}`);
  }
  throw new Error('gave up polling');
}
