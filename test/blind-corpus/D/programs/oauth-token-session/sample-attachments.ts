import { PlatformSession } from './session.js';

export interface SampleAttachmentKey {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

type OpStatus = 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';

export class SampleAttachmentsClient extends PlatformSession {
  private samplePath(k: SampleAttachmentKey): string {
    return `/prototype/platform/audits/${k.auditId}/procedures/${k.procedureId}/matrices/${k.matrixId}/samples/${k.sampleId}`;
  }

  async getSample(k: SampleAttachmentKey): Promise<unknown> {
    const res = await fetch(this.config.apiUrl + this.samplePath(k), { headers: await this.authHeaders() });
    return res.json();
  }

  async exportPdf(k: SampleAttachmentKey): Promise<ArrayBuffer> {
    const res = await fetch(`${this.config.apiUrl}${this.samplePath(k)}/attachments/${k.attachmentId}/export`, { // blind-corpus: site=auth-headers-method-1
      method: 'POST',
      headers: await this.authHeaders({ 'Content-Type': 'application/json', 'X-Version': '2022-01-01' }),
      body: JSON.stringify({ format: 'pdf' }),
    });
    if (res.status !== 202) throw new Error(`export failed with ${res.status}: ${await res.text()}`);
    return this.waitAndDownload(res.headers.get('Location')!, Number(res.headers.get('Retry-After') ?? '1'));
  }

  private async waitAndDownload(operationUrl: string, retryAfter: number): Promise<ArrayBuffer> {
    await new Promise((r) => setTimeout(r, retryAfter * 1000));
    const res = await fetch(operationUrl, { headers: await this.authHeaders({ Accept: 'application/json' }) });
    const op = (await res.json()) as { status: OpStatus; resourceUrl: string | null };
    switch (op.status) {
      case 'completed': {
        const file = await fetch(op.resourceUrl!, { headers: await this.authHeaders() });
        return file.arrayBuffer();
      }
      case 'failed':
      case 'cancelled':
        throw new Error(`export ${op.status}`);
      default:
        return this.waitAndDownload(operationUrl, Number(res.headers.get('Retry-After') ?? '1'));
    }
  }
}
