import type { Transport, TransportRequest } from './transport.js';

/** Ordered exactly like the URL hierarchy; Object.values relies on insertion order. */
export interface AttachmentLocator {
  audits: string;
  procedures: string;
  matrices: string;
  samples: string;
  attachments: string;
}

export interface OperationState {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  resourceURL?: string;
}

export interface StartedExport {
  operationUrl: string;
  retryAfter: number;
}

export class ExportGateway {
  constructor(protected readonly transport: Transport) {}

  protected exportRequest(locator: AttachmentLocator): TransportRequest {
    const keys = Object.keys(locator);
    const path = Object.values(locator).map((id, i) => `${keys[i]}/${encodeURIComponent(id)}`).join('/');
    return {
      method: 'POST',
      url: `/prototype/platform/${path}/export`, // blind-corpus: path=transport-send-1,transport-send-2
      data: { format: 'pdf' },
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    };
  }

  protected started(status: number, headers: Record<string, unknown>, data: unknown): StartedExport {
    if (status !== 202) {
      const err = (data ?? {}) as { code?: string; message?: string };
      throw new Error(`export rejected: ${status} ${err.code ?? ''}: ${err.message ?? ''}`);
    }
    return { operationUrl: String(headers['location']), retryAfter: Number(headers['retry-after'] ?? 1) };
  }

  async start(locator: AttachmentLocator): Promise<StartedExport> {
    const res = await this.transport.send(this.exportRequest(locator)); // blind-corpus: site=transport-send-1
    return this.started(res.status, res.headers, res.data);
  }

  async *watch(started: StartedExport): AsyncGenerator<OperationState, void, void> {
    let wait = started.retryAfter;
    while (true) {
      await new Promise((r) => setTimeout(r, wait * 1000));
      const res = await this.transport.send<OperationState>({ method: 'GET', url: started.operationUrl });
      wait = Number(res.headers['retry-after'] ?? wait);
      if (res.status === 429 || res.status === 503) continue;
      if (res.status !== 200) throw new Error(`operation status ${res.status}`);
      yield res.data;
      if (['completed', 'cancelled', 'failed'].includes(res.data.status)) return;
    }
  }

  async fetchResource(url: string): Promise<ArrayBuffer> {
    const res = await this.transport.send<ArrayBuffer>({ method: 'GET', url, binary: true });
    if (res.status !== 200) throw new Error(`download failed ${res.status}`);
    return res.data;
  }
}

/** Same gateway, but every export request is stamped for the compliance trail. */
export class AuditedExportGateway extends ExportGateway {
  readonly trail: Array<{ at: string; locator: AttachmentLocator; operationUrl: string }> = [];

  constructor(transport: Transport, private readonly actor: string) {
    super(transport);
  }

  override async start(locator: AttachmentLocator): Promise<StartedExport> {
    const req = this.exportRequest(locator);
    const res = await this.transport.send({ ...req, headers: { ...req.headers, 'X-Version': '2022-01-01', 'X-Requested-By': this.actor } }); // blind-corpus: site=transport-send-2
    const started = this.started(res.status, res.headers, res.data);
    this.trail.push({ at: new Date().toISOString(), locator, operationUrl: started.operationUrl });
    return started;
  }
}
