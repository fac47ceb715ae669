import type { Got, Response } from 'got';
import { watchOperation, type LongRunningOperation } from './operations.js';

export interface ReconciliationItem {
  ledgerEntryId: string;
  evidence: {
    auditId: string;
    procedureId: string;
    matrixId: string;
    sampleId: string;
    attachmentId: string;
  };
}

type Logger = Pick<Console, 'info' | 'warn'>;

export class EvidenceReconciler {
  constructor(private readonly api: Got, private readonly log: Logger = console) {}

  async fetchEvidencePdf(item: ReconciliationItem): Promise<Buffer> {
    const e = item.evidence;
    const started = await this.api.post(`prototype/platform/audits/${e.auditId}/procedures/${e.procedureId}/matrices/${e.matrixId}/samples/${e.sampleId}/attachments/${e.attachmentId}/export`, { json: { format: 'pdf' } }); // blind-corpus: site=recon-export-1
    let final = await this.follow(started, item);
    if (final.status === 'failed') {
      this.log.warn(`ledger ${item.ledgerEntryId}: export failed once, requesting a fresh export`);
      const again = await this.api.post( // blind-corpus: site=recon-export-2
        `prototype/platform/audits/${e.auditId}/procedures/${e.procedureId}/matrices/${e.matrixId}/samples/${e.sampleId}/attachments/${e.attachmentId}/export`, // blind-corpus: path=recon-export-2
        { json: { format: 'pdf' }, headers: { 'content-type': 'application/json' } },
      );
      final = await this.follow(again, item);
    }
    if (final.status !== 'completed' || !final.resourceUrl) {
      throw new Error(`ledger ${item.ledgerEntryId}: evidence export ended ${final.status}`);
    }
    return this.api.get(final.resourceUrl, { prefixUrl: '' }).buffer();
  }

  private async follow(accepted: Response<string>, item: ReconciliationItem): Promise<LongRunningOperation> {
    const location = accepted.headers.location;
    if (accepted.statusCode !== 202 || !location) {
      throw new Error(`ledger ${item.ledgerEntryId}: export not accepted (${accepted.statusCode})`);
    }
    let last: LongRunningOperation | undefined;
    for await (const op of watchOperation(this.api, location, Number(accepted.headers['retry-after'] ?? 1))) {
      this.log.info(`ledger ${item.ledgerEntryId}: operation ${op.id} is ${op.status}`);
      last = op;
    }
    if (!last) throw new Error('operation produced no state');
    return last;
  }
}
