import { WorkivaGateway, type GatewayConfig, type SampleAttachmentDto, GatewayError } from './workiva-gateway.js';

export interface ExportAccepted {
  operationUrl: string;
  retryAfter: number;
}

export class AttachmentExportGateway extends WorkivaGateway {
  constructor(config: GatewayConfig) {
    super({ apiVersion: '2022-01-01', ...config });
  }

  async exportPdf(dto: SampleAttachmentDto): Promise<ExportAccepted> {
    const res = await this.send<unknown>('POST', AttachmentExportGateway.attachmentExportPath(dto), { format: 'pdf' }); // blind-corpus: site=gateway-subclass-1
    if (res.status !== 202) throw new GatewayError(`unexpected ${res.status} from export`, res.status);
    return { operationUrl: String(res.headers['location']), retryAfter: Number(res.headers['retry-after'] ?? 1) };
  }

  async markReviewed(dto: SampleAttachmentDto): Promise<void> {
    const base = `/prototype/platform/audits/${dto.auditId}/procedures/${dto.procedureId}/matrices/${dto.matrixId}/samples`;
    await this.send('POST', `${base}/update`, { samples: [{ id: dto.sampleId, reviewed: true }] });
  }

  async operation<T>(url: string): Promise<{ body: T; retryAfter: number }> {
    const res = await this.send<T>('GET', url);
    return { body: res.data, retryAfter: Number(res.headers['retry-after'] ?? 1) };
  }

  async bytes(url: string): Promise<ArrayBuffer> {
    const res = await this.http.get<ArrayBuffer>(url, { responseType: 'arraybuffer' });
    return res.data;
  }
}
