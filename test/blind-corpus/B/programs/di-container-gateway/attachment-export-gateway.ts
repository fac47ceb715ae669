import type { ApiSettings, Clock, HttpPort } from './ports.js';

export interface AttachmentLocator {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export class ExportFailedError extends Error {
  constructor(readonly operationId: string, readonly status: string) {
    super(`attachment export ${operationId} ended with status ${status}`);
  }
}

export class AttachmentExportGateway {
  constructor(
    private readonly http: HttpPort,
    private readonly clock: Clock,
    private readonly settings: ApiSettings,
  ) {}

  async exportPdf(loc: AttachmentLocator): Promise<Uint8Array> {
    const res = await this.http.send({ // blind-corpus: site=di-gateway-1
      method: 'POST',
      url: `${this.settings.platformBase}/audits/${loc.auditId}/procedures/${loc.procedureId}/matrices/${loc.matrixId}/samples/${loc.sampleId}/attachments/${loc.attachmentId}/export`, // blind-corpus: path=di-gateway-1
      headers: { Accept: 'application/json', 'X-Version': this.settings.apiVersion },
      json: { format: 'pdf' },
    });
    if (res.status !== 202) {
      const problem = res.json<{ code?: string; message?: string }>();
      throw new Error(`export rejected: ${res.status} ${problem.code ?? ''} ${problem.message ?? ''}`);
    }
    const operationUrl = res.header('Location')!;
    return this.waitAndDownload(operationUrl, Number(res.header('Retry-After') ?? 1));
  }

  private async waitAndDownload(operationUrl: string, retryAfter: number): Promise<Uint8Array> {
    const giveUpAt = this.clock.now() + this.settings.pollTimeoutMs;
    let wait = retryAfter;
    while (this.clock.now() < giveUpAt) {
      await this.clock.sleep(wait * 1000 + 50);
      const poll = await this.http.send({ method: 'GET', url: operationUrl, headers: { Accept: 'application/json' } });
      const op = poll.json<{ id: string; status: string; resourceUrl?: string; resourceURL?: string }>();
      wait = Number(poll.header('Retry-After') ?? wait);
      if (op.status === 'completed') {
        const file = await this.http.send({ method: 'GET', url: op.resourceUrl ?? op.resourceURL ?? '', headers: { Accept: 'application/pdf' }, binary: true });
        return file.bytes();
      }
      if (op.status === 'failed' || op.status === 'cancelled') throw new ExportFailedError(op.id, op.status);
    }
    throw new Error(`gave up waiting on ${operationUrl}`);
  }
}
