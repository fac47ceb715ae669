import type { Clock, HttpPort } from './ports.js';

export interface EvidenceAttachment {
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
}

interface Operation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

export class EvidenceExportService {
  constructor(
    private readonly http: HttpPort,
    private readonly clock: Clock,
  ) {}

  private static exportPath(a: EvidenceAttachment): string {
    const e = encodeURIComponent;
    return `/prototype/platform/audits/${e(a.audit)}/procedures/${e(a.procedure)}/matrices/${e(a.matrix)}/samples/${e(a.sample)}/attachments/${e(a.attachment)}/export`; // blind-corpus: path=http-port-1
  }

  async exportAsPdf(attachment: EvidenceAttachment): Promise<Uint8Array> {
    const accepted = await this.http.post(EvidenceExportService.exportPath(attachment), { format: 'pdf' }); // blind-corpus: site=http-port-1
    if (accepted.status !== 202) {
      const err = await accepted.json<{ code?: string; message?: string }>().catch(() => ({}) as { code?: string; message?: string });
      throw new Error(`export rejected (${accepted.status} ${err.code ?? ''}): ${err.message ?? 'no message'}`);
    }
    const location = accepted.header('location');
    if (!location) throw new Error('export accepted without Location');
    let retryAfter = Number(accepted.header('retry-after') ?? 1);

    for (let attempt = 0; attempt < 200; attempt++) {
      await this.clock.sleep(retryAfter * 1000 + 50);
      const reply = await this.http.get(location);
      retryAfter = Number(reply.header('retry-after') ?? retryAfter);
      if (reply.status === 429) continue;
      const op = await reply.json<Operation>();
      if (op.status === 'completed') {
        const file = await this.http.get(op.resourceUrl ?? op.resourceURL ?? '');
        return file.bytes();
      }
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`operation ${op.id} ${op.status}`);
    }
    throw new Error('operation did not complete');
  }
}

/** Same path as exportPath but only for log correlation; never requested. */
export function describeAttachment(a: EvidenceAttachment): string {
  return `audit=${a.audit} sample=${a.sample} attachment=${a.attachment}`;
}
