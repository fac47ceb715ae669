// Hand-written wrapper around the generated SamplesApi: adds polling and download,
// which the generator does not model (202 + Location is not in the spec).
import { ResponseError, SamplesApi, type Configuration } from './sdk.gen.js';

export interface AttachmentCoordinates {
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

export class SampleAttachmentExporter {
  private readonly samples: SamplesApi;

  constructor(private readonly config: Configuration) {
    this.samples = new SamplesApi(config);
  }

  private async authHeader(): Promise<Record<string, string>> {
    const t = this.config.accessToken;
    const token = typeof t === 'function' ? await t() : t;
    return token ? { Authorization: `Bearer ${token}` } : {};
  }

  async exportPdf(coords: AttachmentCoordinates): Promise<ArrayBuffer> {
    let raw: Response;
    try {
      ({ raw } = await this.samples.exportSampleAttachmentRaw({ ...coords, exportRequestBody: { format: 'pdf' }, xVersion: '2022-01-01' }));
    } catch (e) {
      if (e instanceof ResponseError) {
        const detail = await e.response.text();
        throw new Error(`Workiva rejected export of ${coords.attachmentId}: ${e.response.status} ${detail}`);
      }
      throw e;
    }
    const operationUrl = raw.headers.get('location');
    if (!operationUrl) throw new Error('export accepted without an operation location');

    let retryAfter = Number(raw.headers.get('retry-after') ?? 1);
    let op: OperationBody;
    while (true) {
      await new Promise((r) => setTimeout(r, retryAfter * 1000));
      const res = await fetch(operationUrl, { headers: await this.authHeader() });
      if (!res.ok) throw new Error(`operation poll failed: ${res.status}`);
      op = (await res.json()) as OperationBody;
      if (['completed', 'failed', 'cancelled'].includes(op.status)) break;
      retryAfter = Number(res.headers.get('retry-after') ?? 1);
    }
    if (op.status !== 'completed') throw new Error(`export operation ${op.id} ${op.status}`);
    const pdf = await fetch(op.resourceUrl ?? op.resourceURL ?? '', { headers: await this.authHeader() });
    if (!pdf.ok) throw new Error(`download failed: ${pdf.status}`);
    return pdf.arrayBuffer();
  }
}
