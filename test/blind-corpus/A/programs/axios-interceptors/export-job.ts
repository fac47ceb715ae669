import axios, { type AxiosInstance, type AxiosResponse } from 'axios';

export interface SampleAttachmentIds {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface OperationDto {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

const exportUrl = (i: SampleAttachmentIds) =>
  `/prototype/platform/audits/${i.auditId}/procedures/${i.procedureId}/matrices/${i.matrixId}/samples/${i.sampleId}/attachments/${i.attachmentId}/export`; // blind-corpus: path=axios-interceptors-1,axios-interceptors-2

function retryAfterOf(res: AxiosResponse): number {
  const value = Number(res.headers['retry-after']);
  return Number.isFinite(value) ? value : 1;
}

export class ExportJob {
  constructor(private readonly api: AxiosInstance) {}

  async start(ids: SampleAttachmentIds): Promise<AxiosResponse<OperationDto>> {
    try {
      return await this.api.post<OperationDto>(exportUrl(ids), { format: 'pdf' }); // blind-corpus: site=axios-interceptors-1
    } catch (error) {
      if (axios.isAxiosError(error) && (error.response?.status === 503 || error.response?.status === 429)) {
        const wait = Number(error.response.headers['retry-after'] ?? 2);
        await new Promise((r) => setTimeout(r, wait * 1000));
        return this.api.request<OperationDto>({ method: 'POST', url: exportUrl(ids), data: { format: 'pdf' }, headers: { 'Content-Type': 'application/json' } }); // blind-corpus: site=axios-interceptors-2
      }
      throw error;
    }
  }

  async waitFor(location: string, firstDelaySeconds: number): Promise<string> {
    let delay = firstDelaySeconds;
    for (;;) {
      await new Promise((r) => setTimeout(r, delay * 1000 + 50));
      const res = await this.api.get<OperationDto>(location);
      const op = res.data;
      if (op.status === 'completed') return op.resourceUrl ?? op.resourceURL ?? '';
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.id} ${op.status}`);
      delay = retryAfterOf(res);
    }
  }

  async run(ids: SampleAttachmentIds): Promise<ArrayBuffer> {
    const accepted = await this.start(ids);
    const location = String(accepted.headers['location']);
    const resourceUrl = await this.waitFor(location, retryAfterOf(accepted));
    const file = await this.api.get<ArrayBuffer>(resourceUrl, { responseType: 'arraybuffer' });
    return file.data;
  }
}
