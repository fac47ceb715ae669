import got, { type Got, type Method } from 'got';
import type { EvidenceRef, ExportGateway, ExportTicket } from '../ports.js';

export class GotExportGateway implements ExportGateway {
  private readonly http: Got;

  constructor(
    private readonly baseUrl: string,
    token: string,
  ) {
    this.http = got.extend({ headers: { Authorization: `Bearer ${token}` }, throwHttpErrors: false });
  }

  private async send(method: Method, pathOrUrl: string, json?: unknown) {
    const url = pathOrUrl.startsWith('/') ? this.baseUrl + pathOrUrl : pathOrUrl;
    const res = await this.http(url, { method, json, headers: { Accept: 'application/json' } });
    if (res.statusCode >= 400) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res;
  }

  private static evidencePath(ref: EvidenceRef): string {
    return [
      `/prototype/platform/audits/${ref.auditId}/procedures/${ref.procedureId}`, // blind-corpus: path=gateway-got-1,gateway-got-2
      `/matrices/${ref.matrixId}/samples/${ref.sampleId}`,
      `/attachments/${ref.attachmentId}/export`,
    ].join('');
  }

  private static ticket(headers: Record<string, string | string[] | undefined>, from: string): ExportTicket {
    const seconds = Number(headers['retry-after'] ?? 1);
    return { operationUrl: String(headers['location'] ?? from), notBefore: Date.now() + seconds * 1000 };
  }

  async requestExport(ref: EvidenceRef): Promise<ExportTicket> {
    const res = await this.send('POST', GotExportGateway.evidencePath(ref), { format: 'pdf' }); // blind-corpus: site=gateway-got-1
    return GotExportGateway.ticket(res.headers, '');
  }

  async requestExportNoWait(ref: EvidenceRef): Promise<void> {
    await this.send('POST', GotExportGateway.evidencePath(ref), { format: 'pdf' }); // blind-corpus: site=gateway-got-2
  }

  async check(ticket: ExportTicket) {
    const res = await this.send('GET', ticket.operationUrl);
    const op = JSON.parse(res.body) as { status: string; resourceUrl?: string };
    const next = GotExportGateway.ticket(res.headers, ticket.operationUrl);
    next.operationUrl = ticket.operationUrl;
    switch (op.status) {
      case 'completed':
        return { done: true, ok: true, resourceUrl: op.resourceUrl };
      case 'failed':
      case 'cancelled':
        return { done: true, ok: false };
      default:
        return { done: false, ok: false, next };
    }
  }

  async fetchFile(resourceUrl: string): Promise<Uint8Array> {
    return this.http.get(resourceUrl).buffer();
  }
}
