import type { AxiosInstance } from 'axios';
import { routes, type Ids } from './routes.js';

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

const secs = (h: unknown, d = 1) => (Number.isFinite(Number(h)) && Number(h) > 0 ? Number(h) : d);

export class EvidenceService {
  constructor(private readonly http: AxiosInstance) {}

  async exportAttachment(ids: Ids): Promise<Buffer> {
    const res = await this.http.post(routes.audits.sampleAttachmentExport(ids), { format: 'pdf' }); // blind-corpus: site=kit-axios-1
    return this.follow(String(res.headers['location']), secs(res.headers['retry-after']));
  }

  /** Used by the support console to replay a failed export with the exact original request. */
  async replay(ids: Ids, apiVersion: string): Promise<string> {
    const res = await this.http.request({ // blind-corpus: site=kit-axios-2
      method: 'post',
      url: routes.audits.sampleAttachmentExport(ids),
      data: { format: 'pdf' },
      headers: { 'X-Version': apiVersion },
    });
    return String(res.headers['location']);
  }

  private async follow(location: string, waitSeconds: number): Promise<Buffer> {
    let wait = waitSeconds;
    for (;;) {
      await new Promise((r) => setTimeout(r, wait * 1000));
      const { data: op, headers } = await this.http.get<Operation>(location);
      switch (op.status) {
        case 'completed': {
          const file = await this.http.get<Buffer>(op.resourceUrl ?? op.resourceURL ?? '', { responseType: 'arraybuffer', headers: { Accept: 'application/pdf' } });
          return file.data;
        }
        case 'failed':
        case 'cancelled':
          throw new Error(`operation ${op.id} ${op.status}`);
        default:
          wait = secs(headers['retry-after']);
      }
    }
  }
}
