import type { HttpClient } from './http.js';

export interface ExporterConfig {
  apiBaseUrl: string;
  accessToken: string;
  pollCeilingMs?: number;
}

export interface AttachmentLocator {
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
}

interface OperationBody {
  id: string;
  status: string;
  resourceUrl?: string | null;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class EvidenceExporter {
  constructor(
    private readonly http: HttpClient,
    private readonly config: ExporterConfig,
  ) {}

  private get auth(): Record<string, string> {
    return { authorization: `Bearer ${this.config.accessToken}` };
  }

  async exportPdf(loc: AttachmentLocator): Promise<Uint8Array> {
    const accepted = await this.http.send({ // blind-corpus: site=di-http-client-1
      method: 'POST',
      url: `${this.config.apiBaseUrl}/prototype/platform/audits/${loc.audit}/procedures/${loc.procedure}/matrices/${loc.matrix}/samples/${loc.sample}/attachments/${loc.attachment}/export`, // blind-corpus: path=di-http-client-1
      headers: { ...this.auth, accept: 'application/json' },
      json: { format: 'pdf' },
    });
    const operationUrl = accepted.headers['location'];
    if (accepted.status !== 202 || !operationUrl) {
      throw new Error(`unexpected export response ${accepted.status}`);
    }
    let retryAfter = Number(accepted.headers['retry-after'] ?? 1);
    const ceiling = this.config.pollCeilingMs ?? 10_000;
    for (;;) {
      await delay(Math.min(retryAfter * 1000, ceiling));
      const poll = await this.http.send<OperationBody>({ method: 'GET', url: operationUrl, headers: this.auth });
      const op = poll.data;
      if (op.status === 'completed' && op.resourceUrl) {
        const file = await this.http.send<Uint8Array>({ method: 'GET', url: op.resourceUrl, headers: this.auth, responseType: 'bytes' });
        return file.data;
      }
      if (op.status === 'failed' || op.status === 'cancelled') {
        throw new Error(`operation ${op.id} ${op.status}`);
      }
      retryAfter = Number(poll.headers['retry-after'] ?? 1);
    }
  }
}
