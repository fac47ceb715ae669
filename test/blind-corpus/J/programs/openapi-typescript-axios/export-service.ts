import axios, { type AxiosInstance } from 'axios';
import { setTimeout as sleep } from 'node:timers/promises';
import { SampleAttachmentsApi, AttachmentExportFormatEnum } from './sdk/api.js';
import { Configuration } from './sdk/base.js';

export interface SampleAttachmentRecord {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface OperationBody {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

export class ExportService {
  private readonly api: SampleAttachmentsApi;
  private readonly http: AxiosInstance;

  constructor(basePath: string, private readonly token: string) {
    this.http = axios.create({ timeout: 29_000 });
    this.api = new SampleAttachmentsApi(new Configuration({ basePath, accessToken: token }), basePath, this.http);
  }

  async exportPdf(rec: SampleAttachmentRecord): Promise<ArrayBuffer> {
    const started = await this.api.auditSampleAttachmentExportById(rec.auditId, rec.procedureId, rec.matrixId, rec.sampleId, rec.attachmentId, {
      format: AttachmentExportFormatEnum.Pdf,
    });
    const location: string = started.headers['location'];
    let retryAfter = Number(started.headers['retry-after'] ?? 1);
    const auth = { Authorization: `Bearer ${this.token}` };
    for (;;) {
      await sleep(retryAfter * 1000);
      const { data, headers } = await this.http.get<OperationBody>(location, { headers: auth });
      if (data.status === 'completed') {
        const res = await this.http.get<ArrayBuffer>((data.resourceUrl ?? data.resourceURL)!, { headers: auth, responseType: 'arraybuffer' });
        return res.data;
      }
      if (data.status === 'failed' || data.status === 'cancelled') throw new Error(`export ${data.id} ${data.status}`);
      retryAfter = Number(headers['retry-after'] ?? retryAfter);
    }
  }
}
