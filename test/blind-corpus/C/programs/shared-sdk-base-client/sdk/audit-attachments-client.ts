import { BaseApiClient, type ApiResponse } from './base-client.js';

export interface SampleAttachmentRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export type OperationStatus = 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';

export interface Operation {
  id: string;
  status: OperationStatus;
  resourceUrl?: string | null;
  resourceURL?: string | null;
  originalRequest?: string;
  details?: Array<{ code: string; message: string; target?: string }> | null;
}

export interface ExportHandle {
  operationUrl: string;
  retryAfterSeconds: number;
}

const enc = encodeURIComponent;

export class AuditAttachmentsClient extends BaseApiClient {
  async getAudit(auditId: string): Promise<{ id: string; name: string }> {
    const { data } = await this.get<{ id: string; name: string }>(`/prototype/platform/audits/${enc(auditId)}`);
    return data;
  }

  async startAttachmentExport(ref: SampleAttachmentRef): Promise<ExportHandle> {
    const path =
      `/prototype/platform/audits/${enc(ref.auditId)}/procedures/${enc(ref.procedureId)}` +
      `/matrices/${enc(ref.matrixId)}/samples/${enc(ref.sampleId)}/attachments/${enc(ref.attachmentId)}/export`; // blind-corpus: path=sdk-base-post-1
    const res: ApiResponse<unknown> = await this.post(path, { format: 'pdf' }); // blind-corpus: site=sdk-base-post-1
    const location = res.headers.get('location');
    if (res.status !== 202 || !location) {
      throw new Error(`export of attachment ${ref.attachmentId} was not accepted (status ${res.status})`);
    }
    return { operationUrl: location, retryAfterSeconds: Number(res.headers.get('retry-after') ?? '1') };
  }

  async getOperation(operationUrl: string): Promise<{ operation: Operation; retryAfterSeconds: number }> {
    const res = await this.get<Operation>(operationUrl);
    return { operation: res.data, retryAfterSeconds: Number(res.headers.get('retry-after') ?? '1') };
  }

  downloadResource(resourceUrl: string): Promise<Uint8Array> {
    return this.getBinary(resourceUrl);
  }
}
