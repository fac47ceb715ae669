import axios, { type AxiosInstance } from 'axios';

export interface SampleAttachment {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface OperationResource {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl: string | null;
}

export class ExportConflictError extends Error {}

const wait = (seconds: number) => new Promise<void>((r) => setTimeout(r, seconds * 1000));

export class SampleAttachmentExports {
  constructor(private readonly api: AxiosInstance) {}

  async start(a: SampleAttachment): Promise<{ location: string; retryAfter: number }> {
    try {
      const res = await this.api.post( // blind-corpus: site=axios-interceptor-1
        `/prototype/platform/audits/${a.auditId}/procedures/${a.procedureId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`, // blind-corpus: path=axios-interceptor-1
        { format: 'pdf' },
        { validateStatus: (s) => s === 202 },
      );
      return { location: String(res.headers['location']), retryAfter: Number(res.headers['retry-after'] ?? 1) };
    } catch (e) {
      if (axios.isAxiosError(e) && e.response?.status === 409) {
        throw new ExportConflictError(`an export of ${a.attachmentId} is already running`);
      }
      throw e;
    }
  }

  /** Re-issues an export after a conflict, pinning the documented API version. */
  async restart(a: SampleAttachment): Promise<{ location: string; retryAfter: number }> {
    const exportPath = `/prototype/platform/audits/${a.auditId}/procedures/${a.procedureId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`; // blind-corpus: path=axios-interceptor-2
    const res = await this.api.post(exportPath, { format: 'pdf' }, { headers: { 'X-Version': '2022-01-01' } }); // blind-corpus: site=axios-interceptor-2
    return { location: res.headers['location'] as string, retryAfter: Number(res.headers['retry-after'] ?? 1) };
  }

  async waitFor(location: string, retryAfter: number): Promise<OperationResource> {
    let delaySeconds = retryAfter;
    for (;;) {
      await wait(delaySeconds);
      const res = await this.api.get<OperationResource>(location);
      if (['completed', 'failed', 'cancelled'].includes(res.data.status)) return res.data;
      delaySeconds = Number(res.headers['retry-after'] ?? 1);
    }
  }

  async download(resourceUrl: string): Promise<ArrayBuffer> {
    const res = await this.api.get<ArrayBuffer>(resourceUrl, { responseType: 'arraybuffer', headers: { Accept: 'application/pdf' } });
    return res.data;
  }
}
