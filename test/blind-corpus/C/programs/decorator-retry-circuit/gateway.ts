import { circuitBreaker, HttpStatusError, retryOn, timed } from './resilience.js';

export interface AttachmentRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface PendingExport {
  pollUrl: string;
  retryAfterSeconds: number;
}

export interface OperationSnapshot {
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
  retryAfterSeconds: number;
}

async function raise(res: Response): Promise<never> {
  const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
  const ra = res.headers.get('retry-after');
  throw new HttpStatusError(res.status, ra ? Number(ra) : undefined, `${body.code ?? res.status}: ${body.message ?? res.statusText}`);
}

export class SampleAttachmentGateway {
  constructor(private readonly apiRoot: URL, private readonly bearer: () => string) {}

  @timed('workiva.gateway')
  @circuitBreaker('workiva-export', { threshold: 5 })
  @retryOn([429, 503], 4)
  async requestExport(ref: AttachmentRef): Promise<PendingExport> {
    const url = new URL(
      `prototype/platform/audits/${ref.auditId}/procedures/${ref.procedureId}/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}/export`, // blind-corpus: path=decorator-gateway-1
      this.apiRoot,
    );
    const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${this.bearer()}`, 'content-type': 'application/json' }, body: '{"format":"pdf"}' }); // blind-corpus: site=decorator-gateway-1
    if (res.status !== 202) return raise(res);
    return { pollUrl: res.headers.get('location') ?? '', retryAfterSeconds: Number(res.headers.get('retry-after') ?? 1) };
  }

  @timed('workiva.gateway')
  @retryOn([429, 503], 4)
  async readOperation(pollUrl: string): Promise<OperationSnapshot> {
    const res = await fetch(pollUrl, { headers: { authorization: `Bearer ${this.bearer()}`, accept: 'application/json' } });
    if (!res.ok) return raise(res);
    const body = (await res.json()) as Omit<OperationSnapshot, 'retryAfterSeconds'>;
    return { ...body, retryAfterSeconds: Number(res.headers.get('retry-after') ?? 1) };
  }

  @circuitBreaker('workiva-download')
  async download(resourceUrl: string): Promise<ArrayBuffer> {
    const res = await fetch(resourceUrl, { headers: { authorization: `Bearer ${this.bearer()}` } });
    if (!res.ok) return raise(res);
    return res.arrayBuffer();
  }
}
