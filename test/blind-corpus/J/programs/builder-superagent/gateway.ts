import superagent from 'superagent';
import { BearerCredentials, WorkivaRequestBuilder, retryAfterSeconds } from './requests.js';

export class AttachmentExportRequest {
  readonly format = 'pdf' as const;
  toJSON(): { format: 'pdf' } {
    return { format: this.format };
  }
}

export interface AttachmentCoordinates {
  readonly audit: string;
  readonly procedure: string;
  readonly matrix: string;
  readonly sample: string;
  readonly attachment: string;
}

export interface ExportHandle {
  operationUrl: string;
  notBefore: number;
}

export class SampleAttachmentGateway {
  private readonly credentials: BearerCredentials;

  constructor(private readonly baseUrl: string, token: string) {
    this.credentials = new BearerCredentials(token);
  }

  private builder(): WorkivaRequestBuilder {
    return WorkivaRequestBuilder.create(this.baseUrl, this.credentials);
  }

  async beginExport(c: AttachmentCoordinates): Promise<ExportHandle> {
    const request = this.builder()
      .withMethod('POST')
      .withSegments('prototype', 'platform', 'audits', c.audit, 'procedures', c.procedure) // blind-corpus: path=sa-builder-1
      .withSegments('matrices', c.matrix, 'samples', c.sample, 'attachments', c.attachment, 'export')
      .withApiVersion('2022-01-01')
      .withJsonBody(new AttachmentExportRequest())
      .build();
    const res = await request.retry(2); // blind-corpus: site=sa-builder-1
    if (res.status !== 202) throw new Error(`export not accepted: ${res.status}`);
    return { operationUrl: res.header['location'] as string, notBefore: Date.now() + retryAfterSeconds(res) * 1000 };
  }

  async check(handle: ExportHandle): Promise<{ done: boolean; resourceUrl?: string; handle: ExportHandle }> {
    const res = await superagent.get(handle.operationUrl).set('Authorization', this.credentials.header()).accept('json');
    const op = res.body as { id: string; status: string; resourceUrl?: string; resourceURL?: string };
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`operation ${op.id} ${op.status}`);
    const next = { operationUrl: handle.operationUrl, notBefore: Date.now() + retryAfterSeconds(res) * 1000 };
    return op.status === 'completed' ? { done: true, resourceUrl: op.resourceUrl ?? op.resourceURL, handle: next } : { done: false, handle: next };
  }

  async fetchDocument(resourceUrl: string): Promise<Buffer> {
    const res = await superagent.get(resourceUrl).set('Authorization', this.credentials.header()).responseType('arraybuffer');
    return res.body as Buffer;
  }
}
