import { BaseConnector, ConnectorError } from './base-connector.js';

export interface SampleAttachmentRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class WorkivaConnector extends BaseConnector {
  protected readonly name = 'workiva';
  constructor(baseUrl: string, private readonly token: string) {
    super(baseUrl.replace(/\/$/, ''));
  }

  protected async authorize(headers: Headers): Promise<void> {
    headers.set('Authorization', `Bearer ${this.token}`);
  }

  async fetchAudit(auditId: string) {
    return this.request('GET', `/prototype/platform/audits/${auditId}`);
  }

  async pullAttachment(ref: SampleAttachmentRef): Promise<Uint8Array> {
    const samplePath = `/prototype/platform/audits/${ref.auditId}/procedures/${ref.procedureId}/matrices/${ref.matrixId}/samples/${ref.sampleId}`;
    const started = await this.request('POST', `${samplePath}/attachments/${ref.attachmentId}/export`, { format: 'pdf' }); // blind-corpus: site=connector-request-1
    const location = started.headers.get('Location');
    if (!location) throw new ConnectorError('export accepted without Location', started.status);
    let retryAfter = Number(started.headers.get('Retry-After') ?? '1');
    for (;;) {
      await pause(retryAfter * 1000 + 40);
      const polled = await this.request<Operation>('GET', location);
      const op = polled.data;
      if (op.status === 'completed') {
        const file = await this.request<Uint8Array>('GET', op.resourceUrl ?? op.resourceURL ?? '', undefined, 'application/pdf');
        return file.data;
      }
      if (op.status === 'failed' || op.status === 'cancelled') throw new ConnectorError(`operation ${op.id} ${op.status}`, 200);
      retryAfter = Number(polled.headers.get('Retry-After') ?? '1');
    }
  }
}

export async function run(env: { baseUrl: string; token: string; ids: SampleAttachmentRef }): Promise<Uint8Array> {
  return new WorkivaConnector(env.baseUrl, env.token).pullAttachment(env.ids);
}
