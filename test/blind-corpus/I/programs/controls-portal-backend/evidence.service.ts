import { setTimeout as sleep } from 'node:timers/promises';
import { PlatformHttpClient, PlatformHttpError } from './packages/platform-http/index.js';
import { workivaRoutes, type AttachmentRef } from './packages/workiva-routes/index.js';

interface Operation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  details?: Array<{ message?: string }>;
}

export interface EvidenceRequest {
  requestedBy: string;
  attachment: AttachmentRef;
  forceRegenerate?: boolean;
}

export class EvidenceService {
  constructor(private readonly http: PlatformHttpClient) {}

  async downloadAsPdf(req: EvidenceRequest): Promise<Uint8Array> {
    const accepted = await this.http.request({ method: 'POST', path: workivaRoutes.attachmentExport(req.attachment), body: { format: 'pdf' }, responseType: 'none' }); // blind-corpus: site=portal-export-1
    const op = await this.poll(accepted.headers);
    return this.fetchResult(op);
  }

  /** Admin action: regenerate a PDF when the cached one is stale; retries once on a 409 conflict. */
  async regenerate(req: EvidenceRequest): Promise<Uint8Array> {
    const send = () =>
      this.http.request({ // blind-corpus: site=portal-export-2
        method: 'POST',
        path: workivaRoutes.attachmentExport(req.attachment),
        body: { format: 'pdf' },
        headers: { 'X-Version': '2022-01-01', Accept: 'application/json' },
        responseType: 'none',
      });
    let accepted;
    try {
      accepted = await send();
    } catch (err) {
      if (!(err instanceof PlatformHttpError) || err.status !== 409) throw err;
      await sleep(2000);
      accepted = await send();
    }
    return this.fetchResult(await this.poll(accepted.headers));
  }

  private async poll(acceptedHeaders: Headers): Promise<Operation> {
    const location = acceptedHeaders.get('location');
    if (!location) throw new Error('export accepted without an operation location');
    let waitSeconds = Number(acceptedHeaders.get('retry-after') ?? 1);
    for (;;) {
      await sleep(waitSeconds * 1000);
      const res = await this.http.request<Operation>({ method: 'GET', path: location });
      if (res.data.status === 'completed' || res.data.status === 'failed' || res.data.status === 'cancelled') return res.data;
      waitSeconds = Number(res.headers.get('retry-after') ?? waitSeconds);
    }
  }

  private async fetchResult(op: Operation): Promise<Uint8Array> {
    if (op.status !== 'completed' || !op.resourceUrl) {
      throw new Error(`operation ${op.id} ${op.status}: ${op.details?.map((d) => d.message).join(', ') ?? ''}`);
    }
    const file = await this.http.request<Uint8Array>({ method: 'GET', path: op.resourceUrl, responseType: 'bytes' });
    return file.data;
  }
}
