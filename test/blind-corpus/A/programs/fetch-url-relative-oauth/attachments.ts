import type { TokenSource } from './token.js';

export interface AttachmentKey {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface OperationState {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

const enc = encodeURIComponent;

export class AttachmentExports {
  constructor(private readonly apiBase: URL, private readonly tokens: TokenSource) {}

  private async headers(json: boolean): Promise<Headers> {
    const headers = new Headers({ Authorization: `Bearer ${await this.tokens.get()}` });
    if (json) headers.set('Content-Type', 'application/json');
    headers.set('Accept', 'application/json');
    return headers;
  }

  /** Starts the export; resolves to the operation URL and the server's polling hint in ms. */
  async start(key: AttachmentKey, format: 'pdf' = 'pdf'): Promise<{ operationUrl: string; retryAfterMs: number }> {
    const target = new URL(
      `prototype/platform/audits/${enc(key.auditId)}/procedures/${enc(key.procedureId)}/matrices/${enc(key.matrixId)}/samples/${enc(key.sampleId)}/attachments/${enc(key.attachmentId)}/export`, // blind-corpus: path=url-relative-1
      this.apiBase,
    );
    target.search = new URLSearchParams({ requestSource: 'evidence-sync' }).toString();
    const res = await fetch(target, { method: 'POST', headers: await this.headers(true), body: JSON.stringify({ format }) }); // blind-corpus: site=url-relative-1
    if (res.status !== 202) {
      throw new Error(`export start for ${key.attachmentId} returned ${res.status}: ${await res.text()}`);
    }
    const operationUrl = res.headers.get('Location');
    if (!operationUrl) throw new Error('202 without Location');
    return { operationUrl, retryAfterMs: Number(res.headers.get('Retry-After') ?? '1') * 1000 };
  }

  async check(operationUrl: string): Promise<{ state: OperationState; retryAfterMs: number }> {
    const res = await fetch(operationUrl, { headers: await this.headers(false) });
    if (!res.ok) throw new Error(`operation poll returned ${res.status}`);
    return { state: (await res.json()) as OperationState, retryAfterMs: Number(res.headers.get('Retry-After') ?? '1') * 1000 };
  }

  async download(resourceUrl: string): Promise<ArrayBuffer> {
    const res = await fetch(resourceUrl, { headers: await this.headers(false) });
    if (!res.ok) throw new Error(`download returned ${res.status}`);
    return res.arrayBuffer();
  }
}
