import fetch from 'node-fetch';
import { apiOrigin, type Region } from './regions.js';

export interface TenantSettings {
  tenant: string;
  region: Region;
  token: string;
  /** Per-tenant URL override for attachment exports (set when a tenant is pinned to a proxy). */
  exportUrlOverride?: string | null;
}

export interface AttachmentRecord {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export class TenantExporter {
  private readonly origin: string;

  constructor(private readonly settings: TenantSettings) {
    this.origin = apiOrigin(settings.region, process.env.WORKIVA_API_URL);
  }

  private legacyExportUrl(r: AttachmentRecord): string {
    return `${this.origin}/prototype/platform/audits/${r.auditId}/procedures/${r.procedureId}/matrices/${r.matrixId}/samples/${r.sampleId}/attachments/${r.attachmentId}/export`; // blind-corpus: path=region-1,region-2
  }

  private authorization(): { Authorization: string } {
    return { Authorization: `Bearer ${this.settings.token}` };
  }

  async requestExport(record: AttachmentRecord): Promise<{ location: string; retryAfter: number }> {
    const target = this.settings.exportUrlOverride ?? this.legacyExportUrl(record);
    const res = await fetch(target, { method: 'POST', headers: { ...this.authorization(), 'Content-Type': 'application/json' }, body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=region-1
    if (res.status !== 202) throw new Error(`[${this.settings.tenant}] export failed ${res.status}: ${await res.text()}`);
    return { location: res.headers.get('location') ?? '', retryAfter: Number(res.headers.get('retry-after') ?? 1) };
  }

  /** Dry-run path used by the tenant health check: same request, body says 'pdf' so the API validates it. */
  async probeExport(record: AttachmentRecord): Promise<number> {
    const res = await fetch(this.legacyExportUrl(record), { method: 'POST', headers: { ...this.authorization(), 'Content-Type': 'application/json' }, body: '{"format":"pdf"}' }); // blind-corpus: site=region-2
    return res.status;
  }

  async operation(location: string): Promise<{ body: { status: string; resourceUrl?: string; resourceURL?: string }; retryAfter: number }> {
    const res = await fetch(location, { headers: this.authorization() });
    if (!res.ok) throw new Error(`operation ${res.status}`);
    return { body: (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string }, retryAfter: Number(res.headers.get('retry-after') ?? 1) };
  }

  async file(url: string): Promise<ArrayBuffer> {
    const res = await fetch(url, { headers: this.authorization() });
    return res.arrayBuffer();
  }
}
