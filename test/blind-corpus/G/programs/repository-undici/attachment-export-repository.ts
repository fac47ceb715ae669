import { request } from 'undici';
import type { AttachmentCoordinates } from './ids.js';

export interface ExportTicket {
  operationUrl: string;
  retryAfterSeconds: number;
}

export interface OperationRecord {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
  details?: unknown;
}

export class WorkivaHttpError extends Error {
  constructor(readonly statusCode: number, readonly body: { code?: string; message?: string }) {
    super(`Workiva responded ${statusCode}${body.code ? ` (${body.code})` : ''}: ${body.message ?? ''}`);
  }
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export class AttachmentExportRepository {
  constructor(private readonly origin: string, private readonly credentials: () => Promise<string>) {}

  #exportPath(c: AttachmentCoordinates): string {
    return `/prototype/platform/audits/${c.audit}/procedures/${c.procedure}/matrices/${c.matrix}/samples/${c.sample}/attachments/${c.attachment}/export`; // blind-corpus: path=repo-undici-1
  }

  private async authHeaders(): Promise<Record<string, string>> {
    return { authorization: `Bearer ${await this.credentials()}`, accept: 'application/json' };
  }

  async requestExport(c: AttachmentCoordinates, format: 'pdf' = 'pdf'): Promise<ExportTicket> {
    const { statusCode, headers, body } = await request(new URL(this.#exportPath(c), this.origin), { // blind-corpus: site=repo-undici-1
      method: 'POST',
      headers: { ...(await this.authHeaders()), 'content-type': 'application/json' },
      body: JSON.stringify({ format }),
    });
    if (statusCode !== 202) {
      throw new WorkivaHttpError(statusCode, (await body.json().catch(() => ({}))) as { code?: string; message?: string });
    }
    await body.dump();
    const operationUrl = header(headers, 'location');
    if (!operationUrl) throw new Error('export accepted but no operation location returned');
    return { operationUrl, retryAfterSeconds: Number(header(headers, 'retry-after') ?? 1) };
  }

  async findOperation(url: string): Promise<{ record: OperationRecord; retryAfterSeconds: number }> {
    const { statusCode, headers, body } = await request(url, { method: 'GET', headers: await this.authHeaders() });
    if (statusCode !== 200) throw new WorkivaHttpError(statusCode, (await body.json().catch(() => ({}))) as { code?: string });
    return { record: (await body.json()) as OperationRecord, retryAfterSeconds: Number(header(headers, 'retry-after') ?? 1) };
  }

  async readFile(url: string): Promise<Uint8Array> {
    const { statusCode, body } = await request(url, { headers: { authorization: `Bearer ${await this.credentials()}` } });
    if (statusCode !== 200) throw new WorkivaHttpError(statusCode, {});
    return new Uint8Array(await body.arrayBuffer());
  }
}
