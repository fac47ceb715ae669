import { Pool, request as undiciRequest, type Dispatcher } from 'undici';
import { setTimeout as sleep } from 'node:timers/promises';

interface AttachmentCoordinates {
  readonly auditId: string;
  readonly procedureId: string;
  readonly matrixId: string;
  readonly sampleId: string;
  readonly attachmentId: string;
}

interface OperationState {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

class ExportFailed extends Error {
  constructor(message: string, readonly statusCode?: number) {
    super(message);
  }
}

function header(res: Dispatcher.ResponseData, name: string): string | undefined {
  const value = res.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Keeps one connection pool per API origin; absolute operation URLs on other origins fall back to undici.request. */
class PlatformConnection {
  private readonly pool: Pool;
  private readonly origin: string;

  constructor(baseUrl: string, private readonly token: string) {
    this.origin = new URL(baseUrl).origin;
    this.pool = new Pool(this.origin, { connections: 4, pipelining: 1 });
  }

  private authHeaders(extra: Record<string, string> = {}): Record<string, string> {
    return { authorization: `Bearer ${this.token}`, accept: 'application/json', ...extra };
  }

  async startExport(c: AttachmentCoordinates): Promise<{ location: string; retryAfter: number }> {
    const path = `/prototype/platform/audits/${c.auditId}/procedures/${c.procedureId}/matrices/${c.matrixId}/samples/${c.sampleId}/attachments/${c.attachmentId}/export`; // blind-corpus: path=undici-pool-1
    const res = await this.pool.request({ method: 'POST', path, headers: this.authHeaders({ 'content-type': 'application/json' }), body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=undici-pool-1
    if (res.statusCode !== 202) {
      const text = await res.body.text();
      throw new ExportFailed(`export rejected: ${text}`, res.statusCode);
    }
    await res.body.dump();
    const location = header(res, 'location');
    if (!location) throw new ExportFailed('202 without Location');
    return { location, retryAfter: Number(header(res, 'retry-after') ?? 1) };
  }

  async get(url: string, accept = 'application/json'): Promise<Dispatcher.ResponseData> {
    const target = new URL(url);
    const res =
      target.origin === this.origin
        ? await this.pool.request({ method: 'GET', path: target.pathname + target.search, headers: this.authHeaders({ accept }) })
        : await undiciRequest(target, { headers: this.authHeaders({ accept }) });
    if (res.statusCode >= 400) throw new ExportFailed(`GET ${target.pathname} failed: ${await res.body.text()}`, res.statusCode);
    return res;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

export async function run(env: { baseUrl: string; token: string; ids: AttachmentCoordinates }): Promise<Uint8Array> {
  const conn = new PlatformConnection(env.baseUrl, env.token);
  try {
    const { location, retryAfter } = await conn.startExport(env.ids);
    let delay = retryAfter;
    let op: OperationState;
    do {
      await sleep(delay * 1000 + 10);
      const res = await conn.get(location);
      op = (await res.body.json()) as OperationState;
      delay = Number(header(res, 'retry-after') ?? delay);
    } while (!['completed', 'failed', 'cancelled'].includes(op.status));
    if (op.status !== 'completed') throw new ExportFailed(`operation ${op.id} ${op.status}`);
    const pdf = await conn.get(op.resourceUrl ?? op.resourceURL ?? '', 'application/pdf');
    return new Uint8Array(await pdf.body.arrayBuffer());
  } finally {
    await conn.close();
  }
}
