import { EventEmitter } from 'node:events';

export interface ExportJobSpec {
  tenantKey: string;
  apiBase: string;
  bearer: string;
  sample: { audit: string; procedure: string; matrix: string; sample: string; attachment: string };
}

export interface ExportJobEvents {
  accepted: [operationUrl: string];
  progress: [status: string];
  done: [pdf: ArrayBuffer];
  error: [err: Error];
}

/**
 * Event-driven export job used by the report scheduler: emits `accepted`, `progress`, `done` or `error`.
 * Polling is timer-based so the scheduler's event loop never blocks on a long export.
 */
export class ExportJob extends EventEmitter<ExportJobEvents> {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly spec: ExportJobSpec) {
    super();
  }

  start(): this {
    const { apiBase, bearer, sample: s } = this.spec;
    fetch(`${apiBase}/prototype/platform/audits/${s.audit}/procedures/${s.procedure}/matrices/${s.matrix}/samples/${s.sample}/attachments/${s.attachment}/export`, { // blind-corpus: site=wl-events-1
      method: 'POST',
      headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ format: 'pdf' }),
    })
      .then(async (res) => {
        if (res.status !== 202) throw new Error(`${this.spec.tenantKey}: export refused (${res.status}) ${await res.text()}`);
        const location = res.headers.get('Location');
        if (!location) throw new Error('no Location');
        this.emit('accepted', location);
        this.schedule(location, Number(res.headers.get('Retry-After') ?? 1));
      })
      .catch((err: Error) => this.emit('error', err));
    return this;
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(location: string, seconds: number): void {
    this.timer = setTimeout(() => {
      this.poll(location).catch((err: Error) => this.emit('error', err));
    }, seconds * 1000);
  }

  private async poll(location: string): Promise<void> {
    const auth = { Authorization: `Bearer ${this.spec.bearer}` };
    const res = await fetch(location, { headers: { ...auth, Accept: 'application/json' } });
    const retry = Number(res.headers.get('Retry-After') ?? 1);
    if (res.status === 429) return this.schedule(location, retry);
    const op = (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string; details?: { message: string }[] };
    this.emit('progress', op.status);
    switch (op.status) {
      case 'completed': {
        const file = await fetch(op.resourceUrl ?? op.resourceURL ?? '', { headers: auth });
        if (!file.ok) throw new Error(`download ${file.status}`);
        this.emit('done', await file.arrayBuffer());
        return;
      }
      case 'failed':
      case 'cancelled':
        throw new Error(`${this.spec.tenantKey}: export ${op.status} ${op.details?.[0]?.message ?? ''}`);
      default:
        this.schedule(location, retry);
    }
  }
}
