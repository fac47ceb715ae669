import { WORKIVA_ENDPOINTS } from './endpoints.js';
import { WorkivaGateway } from './gateway.js';

interface EvidenceRequest {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

const delaySeconds = (s: number) => new Promise((r) => setTimeout(r, s * 1000));

export class EvidencePackService {
  constructor(private readonly gateway: WorkivaGateway) {}

  async fetchAttachmentPdf(req: EvidenceRequest): Promise<Uint8Array> {
    const accepted = await this.gateway.call(WORKIVA_ENDPOINTS.exportSampleAttachment, { ...req }, { format: 'pdf' }); // blind-corpus: site=gateway-table-1
    const operationUrl = accepted.headers.get('location') ?? '';
    let wait = Number(accepted.headers.get('retry-after') ?? 1);
    for (let i = 0; i < 60; i++) {
      await delaySeconds(wait);
      const res = await this.gateway.follow(operationUrl);
      const op = await res.json<Operation>();
      if (op.status === 'completed') return (await this.gateway.follow(op.resourceUrl ?? op.resourceURL ?? '')).bytes();
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`evidence export ${op.id} ${op.status}`);
      wait = Number(res.headers.get('retry-after') ?? 1);
    }
    throw new Error('evidence export timed out');
  }
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array | ArrayBuffer> {
  const service = new EvidencePackService(new WorkivaGateway(env.baseUrl, () => env.token));
  return service.fetchAttachmentPdf(env.ids);
}
