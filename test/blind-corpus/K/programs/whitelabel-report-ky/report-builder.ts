import ky, { HTTPError, type KyInstance } from 'ky';

export interface TenantContext {
  tenantId: string;
  apiUrl: string;
  accessToken: string;
  locale: string;
  pinnedApiVersion?: string;
}

export interface EvidenceRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
  caption?: string;
}

export interface ReportSection {
  title: string;
  pdf: Uint8Array;
}

type Operation = { id: string; status: string; resourceUrl?: string | null; resourceURL?: string | null };

export class ReportBuilder {
  private readonly api: KyInstance;
  private readonly sections: ReportSection[] = [];

  constructor(private readonly ctx: TenantContext) {
    this.api = ky.create({
      headers: {
        authorization: `Bearer ${ctx.accessToken}`,
        accept: 'application/json',
        ...(ctx.pinnedApiVersion ? { 'x-version': ctx.pinnedApiVersion } : {}),
      },
      timeout: 29_000,
      retry: 0,
    });
  }

  private async awaitFile(res: Response): Promise<Uint8Array> {
    const location = res.headers.get('location');
    let waitS = Number(res.headers.get('retry-after') ?? 1);
    if (!location) throw new Error(`[${this.ctx.tenantId}] missing Location`);
    for (;;) {
      await new Promise((r) => setTimeout(r, waitS * 1000));
      const poll = await this.api.get(location);
      const op = await poll.json<Operation>();
      if (op.status === 'completed') return new Uint8Array(await this.api.get(op.resourceUrl ?? op.resourceURL ?? '').arrayBuffer());
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`[${this.ctx.tenantId}] export ${op.status}`);
      waitS = Number(poll.headers.get('retry-after') ?? 1);
    }
  }

  /** Appendix: one page per tested sample, in the tenant's report template. */
  async addAppendix(ref: EvidenceRef): Promise<this> {
    const res = await this.api.post(`${this.ctx.apiUrl}/prototype/platform/audits/${ref.auditId}/procedures/${ref.procedureId}/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}/export`, { json: { format: 'pdf' } }); // blind-corpus: site=wl-ky-1
    this.sections.push({ title: ref.caption ?? `Sample ${ref.sampleId}`, pdf: await this.awaitFile(res) });
    return this;
  }

  /** Evidence pack: same export, but failures are recorded in the pack instead of failing the report. */
  async addEvidencePack(refs: EvidenceRef[]): Promise<this> {
    for (const ref of refs) {
      try {
        const res = await this.api.post( // blind-corpus: site=wl-ky-2
          `${this.ctx.apiUrl}/prototype/platform/audits/${ref.auditId}/procedures/${ref.procedureId}/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}/export`, // blind-corpus: path=wl-ky-2
          { json: { format: 'pdf' } },
        );
        this.sections.push({ title: `Evidence – ${ref.caption ?? ref.attachmentId}`, pdf: await this.awaitFile(res) });
      } catch (e) {
        if (!(e instanceof HTTPError)) throw e;
        const body = (await e.response.json().catch(() => ({}))) as { message?: string };
        this.sections.push({ title: `Evidence unavailable (${e.response.status}): ${body.message ?? ''}`, pdf: new Uint8Array() });
      }
    }
    return this;
  }

  build(): ReportSection[] {
    return [...this.sections];
  }
}
