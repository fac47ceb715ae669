import { WorkivaGateway, type GatewayResponse } from './gateway.js';
import { inMemoryAuditTrail, jsonLogger, type AuditTrail, type Logger } from './logger.js';

export interface EvidenceRequest {
  readonly auditId: string;
  readonly procedureId: string;
  readonly matrixId: string;
  readonly sampleId: string;
  readonly attachmentId: string;
}

interface OperationView {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string | null;
  resourceURL?: string | null;
  originalRequest?: string;
}

const MAX_POLLS = 200;

/** Domain service: exports a tested sample's attachment for the model-risk evidence archive. */
export class EvidenceExportService {
  constructor(private readonly gateway: WorkivaGateway, private readonly audit: AuditTrail, private readonly logger: Logger) {}

  private static exportPath(req: EvidenceRequest): string {
    const segments = [ // blind-corpus: path=risk-gateway-1
      'prototype', 'platform',
      'audits', req.auditId,
      'procedures', req.procedureId,
      'matrices', req.matrixId,
      'samples', req.sampleId,
      'attachments', req.attachmentId,
      'export',
    ];
    return '/' + segments.map(encodeURIComponent).join('/');
  }

  async export(req: EvidenceRequest): Promise<Uint8Array> {
    const subject = `attachment:${req.attachmentId}`;
    this.audit.record('evidence.export', subject, 'requested');
    try {
      const accepted = await this.gateway.send('POST', EvidenceExportService.exportPath(req), { format: 'pdf' }); // blind-corpus: site=risk-gateway-1
      const op = await this.awaitOperation(accepted);
      const bytes = await (await this.gateway.send('GET', String(op.resourceUrl ?? op.resourceURL))).bytes();
      this.audit.record('evidence.export', subject, 'succeeded', { operationId: op.id, originalRequest: op.originalRequest, size: bytes.byteLength });
      return bytes;
    } catch (err) {
      this.audit.record('evidence.export', subject, 'failed', { reason: (err as Error).message });
      this.logger.log('error', 'evidence.export.failed', { subject, err: String(err) });
      throw err;
    }
  }

  private async awaitOperation(accepted: GatewayResponse): Promise<OperationView> {
    const location = accepted.header('Location');
    if (accepted.status !== 202 || !location) throw new Error(`unexpected export response ${accepted.status}`);
    let wait = Number(accepted.header('Retry-After') ?? 1);
    for (let i = 0; i < MAX_POLLS; i++) {
      await new Promise((r) => setTimeout(r, wait * 1000 + 100));
      const res = await this.gateway.send('GET', location);
      const op = await res.json<OperationView>();
      this.logger.log('info', 'evidence.export.poll', { operationId: op.id, status: op.status });
      if (op.status === 'completed') return op;
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`operation ${op.id} ${op.status}`);
      wait = Number(res.header('Retry-After') ?? 1);
    }
    throw new Error('operation did not complete');
  }
}

export async function run(env: { baseUrl: string; token: string; ids: EvidenceRequest }): Promise<Uint8Array> {
  const logger = jsonLogger({ svc: 'risk-evidence-gateway' });
  const gateway = new WorkivaGateway(new URL(env.baseUrl), async () => env.token, logger.child({ layer: 'infra' }));
  const service = new EvidenceExportService(gateway, inMemoryAuditTrail('svc-mrm-archiver'), logger);
  return service.export(env.ids);
}
