import { Agent, request, type Dispatcher } from 'undici';
import type { ExportOperationDto, SampleAttachmentDto } from './dto.js';

export class WorkivaApiError extends Error {
  constructor(readonly statusCode: number, readonly code: string | undefined, message: string) {
    super(message);
    this.name = 'WorkivaApiError';
  }
}

export class SampleAttachmentRepository {
  private readonly dispatcher: Dispatcher = new Agent({ keepAliveTimeout: 10_000, connections: 8 });

  constructor(private readonly apiRoot: string, private readonly token: string) {}

  private headers(json = false): Record<string, string> {
    return { authorization: `Bearer ${this.token}`, accept: 'application/json', ...(json ? { 'content-type': 'application/json' } : {}) };
  }

  private async fail(res: Dispatcher.ResponseData): Promise<never> {
    const payload = (await res.body.json().catch(() => ({}))) as { code?: string; message?: string };
    throw new WorkivaApiError(res.statusCode, payload.code, payload.message ?? `Workiva responded ${res.statusCode}`);
  }

  async requestPdfExport(dto: SampleAttachmentDto): Promise<{ operationUrl: string; retryAfterSeconds: number }> {
    const res = await request(`${this.apiRoot}/prototype/platform/audits/${dto.auditId}/procedures/${dto.procedureId}/matrices/${dto.matrixId}/samples/${dto.sampleId}/attachments/${dto.attachmentId}/export`, { // blind-corpus: site=undici-repo-1
      method: 'POST',
      headers: this.headers(true),
      body: JSON.stringify({ format: 'pdf' }),
      dispatcher: this.dispatcher,
    });
    if (res.statusCode !== 202) return this.fail(res);
    await res.body.dump();
    return { operationUrl: String(res.headers['location']), retryAfterSeconds: Number(res.headers['retry-after'] ?? 1) };
  }

  async findOperation(operationUrl: string): Promise<{ operation: ExportOperationDto; retryAfterSeconds: number }> {
    const res = await request(operationUrl, { headers: this.headers(), dispatcher: this.dispatcher });
    if (res.statusCode !== 200) return this.fail(res);
    return { operation: (await res.body.json()) as ExportOperationDto, retryAfterSeconds: Number(res.headers['retry-after'] ?? 1) };
  }

  async readFile(url: string): Promise<Uint8Array> {
    const res = await request(url, { headers: { authorization: `Bearer ${this.token}` }, dispatcher: this.dispatcher });
    if (res.statusCode !== 200) return this.fail(res);
    return new Uint8Array(await res.body.arrayBuffer());
  }

  close(): Promise<void> {
    return this.dispatcher.close();
  }
}
