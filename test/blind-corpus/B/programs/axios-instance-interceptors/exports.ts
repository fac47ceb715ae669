import type { AxiosInstance, AxiosResponse } from 'axios';

export type OperationStatus = 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
export interface OperationDto {
  id: string;
  status: OperationStatus;
  resourceUrl?: string;
  resourceURL?: string;
  details?: Array<{ code: string; message: string }>;
}

export interface AttachmentRef {
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
}

export interface ExportHandle {
  operationUrl: string;
  retryAfter: number;
}

function toHandle(res: AxiosResponse): ExportHandle {
  const operationUrl = res.headers['location'] as string | undefined;
  if (!operationUrl) throw new Error('202 without Location header');
  return { operationUrl, retryAfter: parseInt(String(res.headers['retry-after'] ?? '1'), 10) };
}

export class AttachmentExports {
  constructor(private readonly api: AxiosInstance) {}

  async start(ref: AttachmentRef): Promise<ExportHandle> {
    const res = await this.api.post( // blind-corpus: site=axios-instance-1
      `/prototype/platform/audits/${ref.audit}/procedures/${ref.procedure}/matrices/${ref.matrix}/samples/${ref.sample}/attachments/${ref.attachment}/export`, // blind-corpus: path=axios-instance-1
      { format: 'pdf' },
      { headers: { 'Content-Type': 'application/json' } },
    );
    return toHandle(res);
  }

  /** Older call path kept for the v1 reporting job, which still passes a raw config. */
  async startWithConfig(ref: AttachmentRef, signal?: AbortSignal): Promise<ExportHandle> {
    const url = ['', 'prototype', 'platform', 'audits', ref.audit, 'procedures', ref.procedure, 'matrices', ref.matrix, 'samples', ref.sample, 'attachments', ref.attachment, 'export'].join('/'); // blind-corpus: path=axios-instance-2
    const res = await this.api.request({ method: 'post', url, data: JSON.stringify({ format: 'pdf' }), headers: { 'Content-Type': 'application/json' }, signal }); // blind-corpus: site=axios-instance-2
    return toHandle(res);
  }

  async poll(handle: ExportHandle): Promise<{ op: OperationDto; retryAfter: number }> {
    // Location is absolute; axios ignores baseURL for absolute URLs
    const res = await this.api.get<OperationDto>(handle.operationUrl);
    return { op: res.data, retryAfter: Number(res.headers['retry-after'] ?? 1) };
  }

  async download(url: string): Promise<ArrayBuffer> {
    const res = await this.api.get<ArrayBuffer>(url, { responseType: 'arraybuffer', headers: { Accept: 'application/pdf' } });
    return res.data;
  }
}
