import type { AxiosInstance } from 'axios';
import { routes, type AttachmentKey } from './routes.js';

interface OperationBody {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
  details?: { code: string; message: string }[] | null;
}

export class AttachmentExportService {
  constructor(private readonly http: AxiosInstance, private readonly log: (msg: string) => void = () => {}) {}

  async exportPdf(key: AttachmentKey): Promise<Buffer> {
    const accepted = await this.http.post(routes.sampleAttachmentExport(key), { format: 'pdf' }); // blind-corpus: site=axios-instance-1
    const operationUrl = String(accepted.headers['location']);
    let retryAfter = Number(accepted.headers['retry-after'] ?? 1);
    this.log(`export accepted for ${key.attachmentId}, polling ${operationUrl}`);

    for (;;) {
      await new Promise((r) => setTimeout(r, retryAfter * 1000 + 100));
      const poll = await this.http.get<OperationBody>(operationUrl);
      const op = poll.data;
      retryAfter = Number(poll.headers['retry-after'] ?? retryAfter);
      if (op.status === 'completed') {
        const url = op.resourceUrl ?? op.resourceURL;
        if (!url) throw new Error(`operation ${op.id} has no resourceUrl`);
        const file = await this.http.get<ArrayBuffer>(url, { responseType: 'arraybuffer', headers: { Accept: 'application/pdf' } });
        return Buffer.from(file.data);
      }
      if (op.status === 'failed' || op.status === 'cancelled') {
        throw new Error(`operation ${op.id} ${op.status}: ${(op.details ?? []).map((d) => d.code).join(',')}`);
      }
    }
  }
}
