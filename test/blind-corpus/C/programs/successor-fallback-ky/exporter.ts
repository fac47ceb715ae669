import ky, { HTTPError, type KyInstance } from 'ky';

export interface LegacyAttachmentIds {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface ExportStarted {
  via: 'graph-2026' | 'prototype';
  operationUrl: string;
  retryAfterSeconds: number;
}

/** Maps procedures to test phases; filled in by the migration job, empty until it has run. */
export type PhaseLookup = (procedureId: string) => string | undefined;

function started(via: ExportStarted['via'], res: Response): ExportStarted {
  return { via, operationUrl: res.headers.get('location') ?? '', retryAfterSeconds: Number(res.headers.get('retry-after') ?? 1) };
}

export class MigratingAttachmentExporter {
  private readonly http: KyInstance;

  constructor(apiUrl: string, token: string, private readonly phaseOf: PhaseLookup) {
    this.http = ky.extend({ prefixUrl: apiUrl, headers: { Authorization: `Bearer ${token}` }, retry: 0 });
  }

  /** Prefer the 2026-01-01 endpoint; fall back to the prototype one while phases are unmapped or it 404s. */
  async start(ids: LegacyAttachmentIds): Promise<ExportStarted> {
    const phase = this.phaseOf(ids.procedureId);
    if (phase) {
      try {
        const res = await this.http.post(`testForms/${ids.auditId}/testPhases/${phase}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`, {
          json: { format: 'pdf' },
          headers: { 'X-Version': '2026-01-01' },
        });
        return started('graph-2026', res);
      } catch (err) {
        if (!(err instanceof HTTPError) || err.response.status !== 404) throw err;
        return this.startLegacy(ids);
      }
    }
    return this.startLegacy(ids);
  }

  private async startLegacy(ids: LegacyAttachmentIds): Promise<ExportStarted> {
    const res = await this.http.post(`prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`, { json: { format: 'pdf' }, headers: { 'X-Version': '2022-01-01' } }); // blind-corpus: site=fallback-ky-1
    return started('prototype', res);
  }

  /** Urgent path for the audit-committee pack: skips the phase lookup entirely. */
  async startPrototypeNow(ids: LegacyAttachmentIds, requestedBy: string): Promise<ExportStarted> {
    const path = ['prototype/platform/audits', ids.auditId, 'procedures', ids.procedureId, 'matrices', ids.matrixId, 'samples', ids.sampleId, 'attachments', ids.attachmentId, 'export'].join('/'); // blind-corpus: path=fallback-ky-2
    const res = await this.http.post(path, { json: { format: 'pdf' }, headers: { 'X-Requested-By': requestedBy } }); // blind-corpus: site=fallback-ky-2
    return started('prototype', res);
  }

  async pollAndDownload(s: ExportStarted): Promise<ArrayBuffer> {
    let wait = s.retryAfterSeconds;
    for (;;) {
      await new Promise((r) => setTimeout(r, wait * 1000 + 40));
      const res = await this.http.get(s.operationUrl, { prefixUrl: '' });
      const op = await res.json<{ status: string; resourceUrl?: string; resourceURL?: string }>();
      if (op.status === 'completed') return this.http.get(op.resourceUrl ?? op.resourceURL ?? '', { prefixUrl: '' }).arrayBuffer();
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`${s.via} export ${op.status}`);
      wait = Number(res.headers.get('retry-after') ?? wait);
    }
  }
}
