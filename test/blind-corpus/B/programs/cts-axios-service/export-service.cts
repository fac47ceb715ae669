import axios = require('axios');
import { setTimeout as sleep } from 'node:timers/promises';

namespace ExportService {
  export interface Ids {
    auditId: string;
    procedureId: string;
    matrixId: string;
    sampleId: string;
    attachmentId: string;
  }

  export interface Options {
    apiUrl: string;
    token: string;
    /** Ask Workiva to regenerate the PDF even if a cached rendition exists. */
    regenerate?: boolean;
  }
}

const API_VERSION = '2022-01-01';

class AttachmentPdfExporter {
  private readonly headers: Record<string, string>;

  constructor(private readonly options: ExportService.Options) {
    this.headers = {
      Authorization: 'Bearer ' + options.token,
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'X-Version': API_VERSION,
    };
  }

  private root(ids: ExportService.Ids): string {
    return this.options.apiUrl + '/prototype/platform/audits/' + ids.auditId + '/procedures/' + ids.procedureId + '/matrices/' + ids.matrixId + '/samples/' + ids.sampleId;
  }

  async start(ids: ExportService.Ids): Promise<{ location: string; retryAfter: number }> {
    if (this.options.regenerate) return this.regenerate(ids);
    const response = await axios.post(this.root(ids) + '/attachments/' + ids.attachmentId + '/export', { format: 'pdf' }, { headers: this.headers }); // blind-corpus: site=cts-axios-1
    return { location: response.headers['location'], retryAfter: Number(response.headers['retry-after']) || 1 };
  }

  private async regenerate(ids: ExportService.Ids): Promise<{ location: string; retryAfter: number }> {
    const response = await axios.request({ // blind-corpus: site=cts-axios-2
      url: `${this.root(ids)}/attachments/${ids.attachmentId}/export`, // blind-corpus: path=cts-axios-2
      method: 'POST',
      headers: { ...this.headers, 'Cache-Control': 'no-cache' },
      data: { format: 'pdf' },
    });
    return { location: response.headers['location'], retryAfter: Number(response.headers['retry-after']) || 1 };
  }

  async complete(location: string, retryAfter: number): Promise<Buffer> {
    let wait = retryAfter;
    for (let i = 0; i < 200; i++) {
      await sleep(wait * 1000 + 40);
      const poll = await axios.get(location, { headers: this.headers });
      wait = Number(poll.headers['retry-after']) || 1;
      const status: string = poll.data.status;
      if (status === 'completed') {
        const file = await axios.get<ArrayBuffer>(poll.data.resourceUrl || poll.data.resourceURL, {
          headers: { Authorization: this.headers['Authorization'] },
          responseType: 'arraybuffer',
        });
        return Buffer.from(file.data);
      }
      if (status === 'failed' || status === 'cancelled') throw new Error('export ' + status + ': ' + JSON.stringify(poll.data.details ?? null));
    }
    throw new Error('too many polls');
  }
}

async function exportAttachmentPdf(ids: ExportService.Ids, options: ExportService.Options): Promise<Buffer> {
  const exporter = new AttachmentPdfExporter(options);
  const { location, retryAfter } = await exporter.start(ids);
  return exporter.complete(location, retryAfter);
}

export = { exportAttachmentPdf, AttachmentPdfExporter };
