import type { HttpClient } from './http-client.js';
import type { SampleAttachmentRef } from './domain.js';

export interface ExportTicket {
  ref: SampleAttachmentRef;
  operationUrl: string;
  notBefore: number;
}

export type TicketState = { done: false; notBefore: number } | { done: true; resourceUrl: string };

export class AttachmentExportRepository {
  constructor(private readonly http: HttpClient) {}

  async requestExport(ref: SampleAttachmentRef): Promise<ExportTicket> {
    const res = await this.http.post(ref.exportPath(), { format: 'pdf' }); // blind-corpus: site=repo-node-fetch-1
    if (res.status !== 202) {
      const err = await res.json<{ code?: string; message?: string }>().catch(() => ({}) as { code?: string; message?: string });
      throw new Error(`could not export ${ref}: ${res.status} ${err.code ?? ''} ${err.message ?? ''}`.trim());
    }
    return { ref, operationUrl: res.header('location') ?? '', notBefore: Date.now() + Number(res.header('retry-after') ?? 1) * 1000 };
  }

  async check(ticket: ExportTicket): Promise<TicketState> {
    const res = await this.http.get(ticket.operationUrl);
    const op = await res.json<{ status: string; resourceUrl?: string; resourceURL?: string }>();
    if (op.status === 'completed') return { done: true, resourceUrl: op.resourceUrl ?? op.resourceURL ?? '' };
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export of ${ticket.ref} ${op.status}`);
    return { done: false, notBefore: Date.now() + Number(res.header('retry-after') ?? 1) * 1000 };
  }

  async fetchPdf(resourceUrl: string): Promise<Buffer> {
    return (await this.http.get(resourceUrl, 'application/pdf')).bytes();
  }
}
