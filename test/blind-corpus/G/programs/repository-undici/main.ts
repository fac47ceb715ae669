import { setTimeout as delay } from 'node:timers/promises';
import { AttachmentExportRepository, type OperationRecord } from './attachment-export-repository.js';
import { AttachmentId, AuditId, MatrixId, ProcedureId, SampleId, type AttachmentCoordinates } from './ids.js';

interface RunEnv {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

const FINAL_STATES: ReadonlySet<string> = new Set(['completed', 'failed', 'cancelled']);

export class EvidenceArchiver {
  constructor(private readonly repo: AttachmentExportRepository) {}

  async archive(coords: AttachmentCoordinates): Promise<Uint8Array> {
    const ticket = await this.repo.requestExport(coords);
    let wait = ticket.retryAfterSeconds;
    let record: OperationRecord | undefined;
    do {
      await delay(wait * 1000);
      const found = await this.repo.findOperation(ticket.operationUrl);
      record = found.record;
      wait = found.retryAfterSeconds;
    } while (!FINAL_STATES.has(record.status));
    if (record.status !== 'completed') throw new Error(`attachment export ${record.id} ${record.status}: ${JSON.stringify(record.details ?? null)}`);
    const url = record.resourceUrl ?? record.resourceURL;
    if (!url) throw new Error('completed export has no resource url');
    return this.repo.readFile(url);
  }
}

export async function run(env: RunEnv): Promise<Uint8Array> {
  const repo = new AttachmentExportRepository(env.baseUrl, async () => env.token);
  const coords: AttachmentCoordinates = {
    audit: AuditId.of(env.ids.auditId),
    procedure: ProcedureId.of(env.ids.procedureId),
    matrix: MatrixId.of(env.ids.matrixId),
    sample: SampleId.of(env.ids.sampleId),
    attachment: AttachmentId.of(env.ids.attachmentId),
  };
  return new EvidenceArchiver(repo).archive(coords);
}
