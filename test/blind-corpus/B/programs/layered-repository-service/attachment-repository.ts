import type { HttpClient } from './http-client.js';

export interface SampleAttachmentKey {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface Operation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  resourceURL?: string;
  created?: string;
  updated?: string;
  details?: unknown;
}

export interface AcceptedOperation {
  location: string;
  retryAfterSeconds: number;
}

const enc = encodeURIComponent;

function samplePath(key: SampleAttachmentKey): string {
  return `/prototype/platform/audits/${enc(key.auditId)}/procedures/${enc(key.procedureId)}/matrices/${enc(key.matrixId)}/samples/${enc(key.sampleId)}`;
}

export class AttachmentRepository {
  constructor(private readonly http: HttpClient) {}

  /** Metadata only; used to validate the sample before we queue anything. */
  async getSample(key: SampleAttachmentKey): Promise<{ id: string; name?: string }> {
    const res = await this.http.get<{ id: string; name?: string }>(samplePath(key));
    return res.body;
  }

  async requestPdfExport(key: SampleAttachmentKey): Promise<AcceptedOperation> {
    const path = `${samplePath(key)}/attachments/${enc(key.attachmentId)}/export`; // blind-corpus: path=layered-fetch-1
    const res = await this.http.request('POST', path, { format: 'pdf' }); // blind-corpus: site=layered-fetch-1
    return this.accepted(res.status, res.headers);
  }

  /** Bulk variant used by the nightly reconciliation; attachments share one sample. */
  async requestPdfExports(sample: Omit<SampleAttachmentKey, 'attachmentId'>, attachmentIds: string[]): Promise<AcceptedOperation[]> {
    const out: AcceptedOperation[] = [];
    for (const attachmentId of attachmentIds) {
      const res = await this.http.post( // blind-corpus: site=layered-fetch-2
        `${samplePath({ ...sample, attachmentId })}/attachments/${enc(attachmentId)}/export`, // blind-corpus: path=layered-fetch-2
        { format: 'pdf' },
      );
      out.push(this.accepted(res.status, res.headers));
    }
    return out;
  }

  async getOperation(location: string): Promise<{ operation: Operation; retryAfterSeconds: number }> {
    const res = await this.http.get<Operation>(location);
    return { operation: res.body, retryAfterSeconds: Number(res.headers.get('Retry-After') ?? '1') };
  }

  async download(resourceUrl: string): Promise<Uint8Array> {
    const res = await this.http.get<Uint8Array>(resourceUrl);
    return res.body;
  }

  private accepted(status: number, headers: Headers): AcceptedOperation {
    const location = headers.get('Location');
    if (status !== 202 || !location) throw new Error(`export was not accepted (status ${status})`);
    return { location, retryAfterSeconds: Number(headers.get('Retry-After') ?? '1') };
  }
}
