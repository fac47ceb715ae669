// Hand-written additions on top of the generated client (regenerating overwrites generated/ only).
import { AuditsApi, type AuditSampleAttachmentExportByIdRequest } from './generated/AuditsApi.js';
import * as runtime from './generated/runtime.js';

export interface Operation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

export class PatchedAuditsApi extends AuditsApi {
  /** Same as the generated export, but pins X-Version and returns the 202 headers we need. */
  async startSampleAttachmentExport(p: AuditSampleAttachmentExportByIdRequest): Promise<{ location: string; retryAfter: number }> {
    const token = await this.configuration.accessToken?.('OAuth2', ['graph:read']);
    const response = await this.request({ // blind-corpus: site=oa-fetch-2
      path: `/prototype/platform/audits/${encodeURIComponent(p.auditId)}/procedures/${encodeURIComponent(p.procedureId)}/matrices/${encodeURIComponent(p.matrixId)}/samples/${encodeURIComponent(p.sampleId)}/attachments/${encodeURIComponent(p.attachmentId)}/export`, // blind-corpus: path=oa-fetch-2
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Version': '2022-01-01', Authorization: `Bearer ${token}` },
      body: p.attachmentExport,
    });
    return { location: response.headers.get('Location')!, retryAfter: Number(response.headers.get('Retry-After') ?? '1') };
  }

  async getOperation(location: string): Promise<{ operation: Operation; retryAfter: number }> {
    const token = await this.configuration.accessToken?.('OAuth2', ['graph:read']);
    const res = await fetch(location, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
    if (!res.ok) throw new runtime.ResponseError(res, `polling ${location} failed`);
    return { operation: (await res.json()) as Operation, retryAfter: Number(res.headers.get('Retry-After') ?? '1') };
  }

  async downloadResource(url: string): Promise<ArrayBuffer> {
    const token = await this.configuration.accessToken?.('OAuth2', ['graph:read']);
    const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    if (!res.ok) throw new runtime.ResponseError(res, 'download failed');
    return res.arrayBuffer();
  }
}
