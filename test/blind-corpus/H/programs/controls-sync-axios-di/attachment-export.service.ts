import type { AxiosInstance } from 'axios';
import { isAxiosError } from 'axios';

export interface AttachmentKey {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface OperationDto {
  id: string;
  status: string;
  resourceUrl?: string;
  created?: string;
  updated?: string;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryAfterMs(header: unknown, fallbackMs: number): number {
  const seconds = typeof header === 'string' ? Number.parseInt(header, 10) : Number.NaN;
  return Number.isNaN(seconds) ? fallbackMs : seconds * 1000;
}

export class AttachmentExportService {
  constructor(
    private readonly http: AxiosInstance,
    private readonly timeoutMs: number,
  ) {}

  async exportPdf(key: AttachmentKey): Promise<Buffer> {
    const url =
      `/prototype/platform/audits/${key.auditId}/procedures/${key.procedureId}` + // blind-corpus: path=controls-axios-di-1
      `/matrices/${key.matrixId}/samples/${key.sampleId}/attachments/${key.attachmentId}/export`;
    const accepted = await this.http.post(url, { format: 'pdf' }); // blind-corpus: site=controls-axios-di-1
    const location = accepted.headers['location'] as string | undefined;
    if (!location) throw new Error('export accepted without Location header');

    const operation = await this.waitFor(location, retryAfterMs(accepted.headers['retry-after'], 2000), Date.now() + this.timeoutMs);
    if (operation.status !== 'completed' || !operation.resourceUrl) {
      throw new Error(`attachment export ${operation.id} finished with status ${operation.status}`);
    }
    const file = await this.http.get<ArrayBuffer>(operation.resourceUrl, { responseType: 'arraybuffer', headers: { Accept: 'application/pdf' } });
    return Buffer.from(file.data);
  }

  private async waitFor(location: string, waitMs: number, deadline: number): Promise<OperationDto> {
    if (Date.now() + waitMs > deadline) throw new Error(`timed out waiting for ${location}`);
    await delay(waitMs + 25);
    try {
      const res = await this.http.get<OperationDto>(location);
      if (['completed', 'failed', 'cancelled'].includes(res.data.status)) return res.data;
      return this.waitFor(location, retryAfterMs(res.headers['retry-after'], waitMs), deadline);
    } catch (err) {
      if (isAxiosError(err) && err.response?.status === 429) {
        return this.waitFor(location, retryAfterMs(err.response.headers['retry-after'], waitMs * 2), deadline);
      }
      throw err;
    }
  }
}
