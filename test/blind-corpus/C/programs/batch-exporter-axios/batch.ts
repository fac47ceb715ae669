import axios, { type AxiosInstance, type AxiosResponse } from 'axios';

export interface AttachmentRecord {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface BatchItemResult {
  record: AttachmentRecord;
  pdf?: Buffer;
  error?: string;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function exportPathOf(r: AttachmentRecord): string {
  return `/prototype/platform/audits/${r.auditId}/procedures/${r.procedureId}/matrices/${r.matrixId}/samples/${r.sampleId}/attachments/${r.attachmentId}/export`; // blind-corpus: path=batch-axios-1,batch-axios-2
}

/** Exports many attachments with bounded concurrency; 429s on the start call back off per Retry-After. */
export class BatchAttachmentExporter {
  private readonly http: AxiosInstance;

  constructor(baseURL: string, token: string, private readonly concurrency = 3) {
    this.http = axios.create({ baseURL, headers: { common: { Authorization: `Bearer ${token}` } }, validateStatus: (s) => s < 500 });
  }

  async exportAll(records: AttachmentRecord[]): Promise<BatchItemResult[]> {
    const results: BatchItemResult[] = new Array(records.length);
    let next = 0;
    const worker = async () => {
      while (next < records.length) {
        const i = next++;
        const record = records[i]!;
        try {
          results[i] = { record, pdf: await this.exportOne(record) };
        } catch (err) {
          results[i] = { record, error: err instanceof Error ? err.message : String(err) };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, records.length) }, worker));
    return results;
  }

  private async start(record: AttachmentRecord): Promise<AxiosResponse> {
    let res = await this.http.post(exportPathOf(record), { format: 'pdf' }); // blind-corpus: site=batch-axios-1
    for (let attempt = 1; res.status === 429 && attempt <= 3; attempt++) {
      await pause(Number(res.headers['retry-after'] ?? 2 ** attempt) * 1000);
      res = await this.http.post(exportPathOf(record), { format: 'pdf' }, { headers: { 'X-Retry-Attempt': String(attempt) } }); // blind-corpus: site=batch-axios-2
    }
    if (res.status !== 202) throw new Error(`export rejected ${res.status}: ${JSON.stringify(res.data)}`);
    return res;
  }

  private async exportOne(record: AttachmentRecord): Promise<Buffer> {
    const accepted = await this.start(record);
    const operationUrl: string = accepted.headers['location'];
    let wait = Number(accepted.headers['retry-after'] ?? 1);
    for (;;) {
      await pause(wait * 1000 + 75);
      const poll = await this.http.get(operationUrl);
      if (poll.status === 429) {
        wait = Number(poll.headers['retry-after'] ?? wait * 2);
        continue;
      }
      const op = poll.data as { status: string; resourceUrl?: string; resourceURL?: string };
      if (op.status === 'completed') {
        const file = await this.http.get<ArrayBuffer>(op.resourceUrl ?? op.resourceURL ?? '', { responseType: 'arraybuffer' });
        return Buffer.from(file.data);
      }
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}`);
      wait = Number(poll.headers['retry-after'] ?? wait);
    }
  }
}
