import { setTimeout as sleep } from 'node:timers/promises';
import { PlatformHttpClient, PlatformHttpError } from './http-client.js';
import { platformPaths, type SampleAttachmentRef } from './paths.js';

type OperationStatus = 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';

interface Operation {
  id: string;
  status: OperationStatus;
  resourceUrl?: string;
  resourceURL?: string;
  details?: unknown;
}

const TERMINAL: ReadonlySet<OperationStatus> = new Set(['completed', 'cancelled', 'failed']);

export interface ExportLogger {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
}

export class EvidenceExporter {
  constructor(
    private readonly http: PlatformHttpClient,
    private readonly log: ExportLogger,
    private readonly maxWaitMs = 120_000,
  ) {}

  /** Used by the admin screen to check the integration can see an audit. */
  async describeAudit(auditId: string): Promise<{ id: string; name?: string }> {
    const res = await this.http.request<{ id: string; name?: string }>('GET', platformPaths.audit(auditId));
    return res.body;
  }

  async exportAttachmentPdf(ref: SampleAttachmentRef): Promise<Uint8Array> {
    const path = platformPaths.attachmentExport(ref);
    const started = await this.http.request<undefined>('POST', path, { format: 'pdf' }); // blind-corpus: site=evidence-fetch-layer-1
    const location = started.headers.get('location');
    if (started.status !== 202 || !location) {
      throw new Error(`unexpected export response ${started.status}`);
    }
    this.log.info('attachment export accepted', { attachmentId: ref.attachmentId, location });

    let waitSeconds = Number(started.headers.get('retry-after') ?? '1');
    const deadline = Date.now() + this.maxWaitMs;
    for (;;) {
      await sleep(Math.max(waitSeconds, 1) * 1000 + 50);
      let op: Operation;
      try {
        const polled = await this.http.request<Operation>('GET', location);
        op = polled.body;
        waitSeconds = Number(polled.headers.get('retry-after') ?? waitSeconds);
      } catch (e) {
        if (e instanceof PlatformHttpError && (e.status === 429 || e.status === 503)) {
          waitSeconds = e.retryAfterSeconds ?? waitSeconds * 2;
          this.log.warn('operation poll throttled', { waitSeconds });
          continue;
        }
        throw e;
      }
      if (TERMINAL.has(op.status)) {
        if (op.status !== 'completed') throw new Error(`export ${op.id} ended as ${op.status}`);
        const resource = op.resourceUrl ?? op.resourceURL;
        if (!resource) throw new Error(`export ${op.id} completed without a resource url`);
        return this.http.download(resource);
      }
      if (Date.now() > deadline) throw new Error(`export ${op.id} still ${op.status} after ${this.maxWaitMs}ms`);
    }
  }
}
