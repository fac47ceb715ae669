import { EventEmitter, once } from 'node:events';
import { request } from 'undici';

export interface SampleEvent {
  type: 'sample.attachment.added' | 'sample.attachment.replayed';
  tenant: string;
  resource: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

/**
 * Relays Workiva sample-attachment webhooks to the partner GRC tool: exports the attachment,
 * polls the operation with timers, and emits 'evidence' with the PDF once it is ready.
 */
export class EvidenceRelay extends EventEmitter {
  constructor(private readonly apiBase: string, private readonly token: string) {
    super();
    this.on('webhook', (e: SampleEvent) => void this.onAttachmentAdded(e).catch((err) => this.emit('error', err)));
    this.on('replay', (e: SampleEvent) => void this.onReplay(e).catch((err) => this.emit('error', err)));
  }

  private exportUrl(r: SampleEvent['resource']): string {
    return `${this.apiBase}/prototype/platform/audits/${r.auditId}/procedures/${r.procedureId}/matrices/${r.matrixId}/samples/${r.sampleId}/attachments/${r.attachmentId}/export`; // blind-corpus: path=undici-relay-1,undici-relay-2
  }

  private headers() {
    return { authorization: `Bearer ${this.token}`, 'content-type': 'application/json', accept: 'application/json' };
  }

  private async onAttachmentAdded(e: SampleEvent): Promise<void> {
    const res = await request(this.exportUrl(e.resource), { method: 'POST', headers: this.headers(), body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=undici-relay-1
    await res.body.text();
    if (res.statusCode !== 202) throw new Error(`export refused for ${e.resource.attachmentId}: ${res.statusCode}`);
    this.schedulePoll(e, String(res.headers['location']), Number(res.headers['retry-after'] ?? 1));
  }

  private async onReplay(e: SampleEvent): Promise<void> {
    // replays come from the dead-letter queue; they always re-export from scratch
    const { statusCode, headers, body } = await request(this.exportUrl(e.resource), { // blind-corpus: site=undici-relay-2
      method: 'POST',
      headers: { ...this.headers(), 'x-version': '2022-01-01' },
      body: JSON.stringify({ format: 'pdf' }),
    });
    await body.dump();
    if (statusCode !== 202) throw new Error(`replay export refused: ${statusCode}`);
    this.schedulePoll(e, String(headers['location']), Number(headers['retry-after'] ?? 1));
  }

  private schedulePoll(e: SampleEvent, location: string, seconds: number): void {
    setTimeout(async () => {
      try {
        const res = await request(location, { headers: { authorization: `Bearer ${this.token}` } });
        const op = (await res.body.json()) as Operation;
        if (op.status === 'completed') {
          const file = await request(op.resourceUrl ?? op.resourceURL ?? '', { headers: { authorization: `Bearer ${this.token}` } });
          this.emit('evidence', e, new Uint8Array(await file.body.arrayBuffer()));
        } else if (op.status === 'failed' || op.status === 'cancelled') {
          this.emit('error', new Error(`operation ${op.id} ${op.status}`));
        } else {
          this.schedulePoll(e, location, Number(res.headers['retry-after'] ?? 1));
        }
      } catch (err) {
        this.emit('error', err);
      }
    }, seconds * 1000 + 50);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: SampleEvent['resource'] }): Promise<Uint8Array> {
  const relay = new EvidenceRelay(env.baseUrl, env.token);
  const ready = once(relay, 'evidence') as Promise<[SampleEvent, Uint8Array]>;
  relay.emit('webhook', { type: 'sample.attachment.added', tenant: 'acme-corp', resource: env.ids } satisfies SampleEvent);
  const [, pdf] = await ready;
  return pdf;
}
