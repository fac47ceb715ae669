import { setTimeout as sleep } from 'node:timers/promises';
import { createApi, type DynamicApi, type ProxyResponse } from './rest-proxy.js';

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

class AttachmentKey {
  constructor(
    readonly auditId: string,
    readonly procedureId: string,
    readonly matrixId: string,
    readonly sampleId: string,
    readonly attachmentId: string,
  ) {}

  static from(ids: Env['ids']): AttachmentKey {
    return new AttachmentKey(ids.auditId, ids.procedureId, ids.matrixId, ids.sampleId, ids.attachmentId);
  }
}

const log = (msg: string, extra: Record<string, unknown> = {}) => {
  if (process.env['DEBUG_EXPORTS']) console.error(JSON.stringify({ msg, ...extra }));
};

async function expectStatus(res: ProxyResponse, ...accepted: number[]): Promise<void> {
  if (accepted.includes(res.status)) return;
  const err = await res.json<{ code?: string; message?: string }>().catch(() => ({ code: undefined, message: undefined }));
  throw new Error(`Workiva API ${res.status}: ${err.code ?? 'unknown'} ${err.message ?? ''}`.trim());
}

export class ExportService {
  private readonly api: DynamicApi;

  constructor(root: string, private readonly token: string) {
    this.api = createApi({
      root,
      headers: () => ({ Authorization: `Bearer ${this.token}`, Accept: 'application/json' }),
      onRequest: (method, url) => log('request', { method, url }),
    });
  }

  async auditExists(key: AttachmentKey): Promise<boolean> {
    const res: ProxyResponse = await this.api.prototype.platform.audits(key.auditId).get();
    return res.status === 200;
  }

  async requestPdf(key: AttachmentKey): Promise<ProxyResponse> {
    const body = { format: 'pdf' as const };
    const res: ProxyResponse = await this.api.prototype.platform.audits(key.auditId).procedures(key.procedureId).matrices(key.matrixId).samples(key.sampleId).attachments(key.attachmentId).export.post(body); // blind-corpus: site=proxy-chain-1
    await expectStatus(res, 202);
    return res;
  }

  /** Older callers still pass the ids positionally. */
  async requestPdfLegacy(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string): Promise<ProxyResponse> {
    const platform = this.api['prototype']['platform'];
    const res: ProxyResponse = await platform['audits'](auditId)['procedures'](procedureId)['matrices'](matrixId)['samples'](sampleId)['attachments'](attachmentId)['export']['post']({ format: 'pdf' }); // blind-corpus: site=proxy-chain-2
    await expectStatus(res, 202);
    return res;
  }

  async poll(location: string, waitSeconds: number): Promise<Operation> {
    await sleep(waitSeconds * 1000);
    const res = await fetch(location, { headers: { Authorization: `Bearer ${this.token}` } });
    if (!res.ok && res.status !== 429) throw new Error(`poll failed with ${res.status}`);
    const next = Number(res.headers.get('Retry-After') ?? waitSeconds);
    if (res.status === 429) return this.poll(location, next);
    const op = (await res.json()) as Operation;
    if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') return op;
    return this.poll(location, next);
  }

  async fetchBytes(url: string): Promise<Uint8Array> {
    const res = await fetch(url, { headers: { Authorization: `Bearer ${this.token}` } });
    if (!res.ok) throw new Error(`download failed with ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }
}

export async function run(env: Env): Promise<Uint8Array> {
  const service = new ExportService(env.baseUrl, env.token);
  const key = AttachmentKey.from(env.ids);
  if (!(await service.auditExists(key))) log('audit lookup did not return 200, trying export anyway', { auditId: key.auditId });
  const accepted = process.env['EXPORT_LEGACY_SIGNATURE'] === '1'
    ? await service.requestPdfLegacy(key.auditId, key.procedureId, key.matrixId, key.sampleId, key.attachmentId)
    : await service.requestPdf(key);
  const location = accepted.headers.get('Location');
  if (!location) throw new Error('missing Location');
  const op = await service.poll(location, Number(accepted.headers.get('Retry-After') ?? 1));
  const url = op.resourceUrl ?? op.resourceURL;
  if (op.status !== 'completed' || !url) throw new Error(`export ${op.id} ${op.status}`);
  return service.fetchBytes(url);
}
