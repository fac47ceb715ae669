import ky, { HTTPError, type KyInstance } from 'ky';

export interface DocumentCenterOptions {
  apiUrl: string;
  token: string;
}

export interface PlatformIds {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface PendingExport {
  kind: 'sample-attachment' | 'files';
  operationUrl: string;
  retryAfter: number;
}

/** All "export something from the platform" calls used by Document Center. */
export class DocumentCenterExports {
  private readonly api: KyInstance;
  private readonly raw: KyInstance;

  constructor(opts: DocumentCenterOptions) {
    this.raw = ky.create({ headers: { Authorization: `Bearer ${opts.token}` }, retry: 0 });
    this.api = this.raw.extend({ prefixUrl: opts.apiUrl, headers: { Accept: 'application/json' } });
  }

  /** Bulk file export; different endpoint, same async contract. */
  async exportFiles(fileIds: string[]): Promise<PendingExport> {
    const res = await this.api.post('prototype/platform/files/export', { json: { fileIds, format: 'zip' } });
    return { kind: 'files', operationUrl: res.headers.get('location') ?? '', retryAfter: Number(res.headers.get('retry-after') ?? 1) };
  }

  async exportSampleAttachment(ids: PlatformIds): Promise<PendingExport> {
    const path = `prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`; // blind-corpus: path=ky-doc-center-1
    try {
      const res = await this.api.post(path, { json: { format: 'pdf' } }); // blind-corpus: site=ky-doc-center-1
      return { kind: 'sample-attachment', operationUrl: res.headers.get('location') ?? '', retryAfter: Number(res.headers.get('retry-after') ?? 1) };
    } catch (e) {
      if (e instanceof HTTPError) {
        const body = await e.response.json<{ code: string; message: string }>().catch(() => undefined);
        throw new Error(`Document Center export failed (${e.response.status} ${body?.code ?? ''}): ${body?.message ?? e.message}`);
      }
      throw e;
    }
  }

  async settle(pending: PendingExport): Promise<ArrayBuffer> {
    let wait = pending.retryAfter;
    const timer = (s: number) => new Promise((r) => setTimeout(r, s * 1000 + 60));
    for (let i = 0; ; i++) {
      if (i > 300) throw new Error(`${pending.kind} export never finished`);
      await timer(wait);
      const res = await this.raw.get(pending.operationUrl);
      wait = Number(res.headers.get('retry-after') ?? wait);
      const op = await res.json<{ status: string; resourceUrl?: string; resourceURL?: string }>();
      if (op.status === 'completed') return this.raw.get(op.resourceUrl ?? op.resourceURL ?? '').arrayBuffer();
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`${pending.kind} export ${op.status}`);
    }
  }
}
