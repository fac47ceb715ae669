import { HTTPError, type Got } from 'got';

export interface EvidenceRow {
  audit_id: string;
  procedure_id: string;
  matrix_id: string;
  sample_id: string;
  attachment_id: string;
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class EvidenceEtl {
  constructor(private readonly api: Got) {}

  private exportPath(row: EvidenceRow): string {
    return `prototype/platform/audits/${row.audit_id}/procedures/${row.procedure_id}/matrices/${row.matrix_id}/samples/${row.sample_id}/attachments/${row.attachment_id}/export`; // blind-corpus: path=got-extend-1,got-extend-2
  }

  async startExport(row: EvidenceRow): Promise<{ location: string; retryAfter: number }> {
    const response = await this.api.post(this.exportPath(row), { json: { format: 'pdf' } }); // blind-corpus: site=got-extend-1
    return { location: String(response.headers.location), retryAfter: Number(response.headers['retry-after'] ?? 1) };
  }

  /** Some rows come back 429 during month-end; retry once after the advertised delay. */
  async startExportWithBackoff(row: EvidenceRow): Promise<{ location: string; retryAfter: number }> {
    try {
      return await this.startExport(row);
    } catch (error) {
      if (error instanceof HTTPError && (error.response.statusCode === 429 || error.response.statusCode === 503)) {
        const after = Number(error.response.headers['retry-after'] ?? 5);
        await sleep(after * 1000);
        const response = await this.api.post(this.exportPath(row), { json: { format: 'pdf' }, headers: { 'x-version': '2022-01-01' } }); // blind-corpus: site=got-extend-2
        return { location: String(response.headers.location), retryAfter: Number(response.headers['retry-after'] ?? 1) };
      }
      throw error;
    }
  }

  async fetchPdf(location: string, retryAfter: number): Promise<Buffer> {
    let after = retryAfter;
    let op: Operation;
    do {
      await sleep(after * 1000);
      const res = await this.api.get<Operation>(location, { prefixUrl: '' });
      op = res.body;
      after = Number(res.headers['retry-after'] ?? 1);
    } while (!['completed', 'failed', 'cancelled'].includes(op.status));
    if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);
    const url = op.resourceUrl ?? op.resourceURL;
    if (!url) throw new Error('no resourceUrl');
    const file = await this.api.get(url, { prefixUrl: '', responseType: 'buffer' });
    return file.body;
  }
}
