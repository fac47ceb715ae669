import superagent from 'superagent';
import { PROTOTYPE_ROOT, joinPath } from './url.js';

interface AttachmentLocator {
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
  details?: Array<{ message: string }> | null;
}

function exportSegments(l: AttachmentLocator): string[] {
  return [
    ...PROTOTYPE_ROOT, 'audits', l.auditId, 'procedures', l.procedureId, 'matrices', l.matrixId, // blind-corpus: path=kit-sa-1
    'samples', l.sampleId, 'attachments', l.attachmentId, 'export',
  ];
}

const pause = (seconds: number) => new Promise<void>((r) => setTimeout(r, seconds * 1000));

export class AttachmentExporter {
  private readonly agent: superagent.Agent;

  constructor(private readonly baseUrl: string, token: string) {
    this.agent = superagent.agent().set('Authorization', `Bearer ${token}`).set('Accept', 'application/json').timeout({ response: 29_000 });
  }

  async export(l: AttachmentLocator): Promise<Buffer> {
    const started = await this.agent.post(joinPath(this.baseUrl, exportSegments(l))).type('json').send({ format: 'pdf' }).ok((r) => r.status === 202); // blind-corpus: site=kit-sa-1
    const location = String(started.header['location'] ?? '');
    if (!location) throw new Error('202 without Location');
    let after = Number(started.header['retry-after'] ?? 1);
    for (;;) {
      await pause(after);
      const poll = await this.agent.get(location).retry(2, (err, res) => res?.status === 503 || (err as { code?: string } | null)?.code === 'ECONNRESET');
      const op = poll.body as Operation;
      if (op.status === 'completed') {
        const pdf = await this.agent.get((op.resourceUrl ?? op.resourceURL)!).set('Accept', 'application/pdf').responseType('blob');
        return pdf.body as Buffer;
      }
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.id} ${op.status}: ${op.details?.map((d) => d.message).join('; ')}`);
      after = Number(poll.header['retry-after'] ?? 1);
    }
  }
}

export async function run(env: { baseUrl: string; token: string; ids: AttachmentLocator }): Promise<Uint8Array> {
  return new AttachmentExporter(env.baseUrl, env.token).export(env.ids);
}
