import { EventEmitter } from 'node:events';

export type JobStatus = 'pending' | 'accepted' | 'polling' | 'downloading' | 'done' | 'error';

export interface ExportJobSpec {
  apiOrigin: string;
  credentials: { token: string };
  target: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
  timeoutMs?: number;
}

interface ExportJobEvents {
  status: [JobStatus];
  done: [ArrayBuffer];
  error: [Error];
}

/** One export, observable by the UI's progress websocket. */
export class ExportJob extends EventEmitter<ExportJobEvents> {
  private status: JobStatus = 'pending';
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly spec: ExportJobSpec) {
    super();
  }

  private set(status: JobStatus): void {
    this.status = status;
    this.emit('status', status);
  }

  private get authorization(): string {
    return `Bearer ${this.spec.credentials.token}`;
  }

  start(): this {
    void this.begin().catch((err: Error) => this.fail(err));
    return this;
  }

  private fail(err: Error): void {
    clearTimeout(this.timer);
    this.set('error');
    this.emit('error', err);
  }

  private async begin(): Promise<void> {
    const t = this.spec.target;
    const endpoint = new URL(`/prototype/platform/audits/${t.auditId}/procedures/${t.procedureId}/matrices/${t.matrixId}/samples/${t.sampleId}/attachments/${t.attachmentId}/export`, this.spec.apiOrigin); // blind-corpus: path=emitter-fetch-1
    const res = await fetch(endpoint, { // blind-corpus: site=emitter-fetch-1
      method: 'POST',
      headers: [['Authorization', this.authorization], ['Content-Type', 'application/json']],
      body: JSON.stringify({ format: 'pdf' }),
      signal: AbortSignal.timeout(this.spec.timeoutMs ?? 20_000),
    });
    if (res.status !== 202) throw new Error(`export refused: HTTP ${res.status}`);
    this.set('accepted');
    this.schedulePoll(res.headers.get('Location') ?? '', Number(res.headers.get('Retry-After') ?? 1));
  }

  private schedulePoll(operationUrl: string, seconds: number): void {
    this.timer = setTimeout(() => {
      this.set('polling');
      this.poll(operationUrl).catch((err: Error) => this.fail(err));
    }, seconds * 1000 + 20);
  }

  private async poll(operationUrl: string): Promise<void> {
    const res = await fetch(operationUrl, { headers: { Authorization: this.authorization } });
    const op = (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
    if (op.status === 'completed') {
      this.set('downloading');
      const file = await fetch(op.resourceUrl ?? op.resourceURL ?? '', { headers: { Authorization: this.authorization } });
      const bytes = await file.arrayBuffer();
      this.set('done');
      this.emit('done', bytes);
    } else if (op.status === 'failed' || op.status === 'cancelled') {
      throw new Error(`operation ${op.status}`);
    } else {
      this.schedulePoll(operationUrl, Number(res.headers.get('Retry-After') ?? 1));
    }
  }

  get currentStatus(): JobStatus {
    return this.status;
  }
}
