import { Pool } from 'undici';
import { setTimeout as sleep } from 'node:timers/promises';

export type AttachmentKey = Readonly<{ auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string }>;

type OpStatus = 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
interface Operation {
  id: string;
  status: OpStatus;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

function headerValue(h: string | string[] | undefined): string | undefined {
  return Array.isArray(h) ? h[0] : h;
}

/** Evidence bridge: mirrors Workiva sample attachments into the partner GRC store. */
export class WorkivaSource {
  private readonly pool: Pool;
  private readonly origin: string;

  constructor(baseUrl: string, private readonly token: string) {
    this.origin = new URL(baseUrl).origin;
    this.pool = new Pool(this.origin, { connections: 4 });
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { authorization: `Bearer ${this.token}`, accept: 'application/json', ...extra };
  }

  async startExport(key: AttachmentKey): Promise<{ location: string; retryAfterSec: number }> {
    const { statusCode, headers, body } = await this.pool.request({ // blind-corpus: site=undici-bridge-1
      method: 'POST',
      path: `/prototype/platform/audits/${key.auditId}/procedures/${key.procedureId}/matrices/${key.matrixId}/samples/${key.sampleId}/attachments/${key.attachmentId}/export`, // blind-corpus: path=undici-bridge-1
      headers: this.headers({ 'content-type': 'application/json', 'x-version': '2022-01-01' }),
      body: JSON.stringify({ format: 'pdf' }),
    });
    if (statusCode !== 202) {
      const err = (await body.json().catch(() => null)) as { code?: string; message?: string } | null;
      throw new Error(`export not accepted: ${statusCode} ${err?.code ?? ''} ${err?.message ?? ''}`);
    }
    await body.dump();
    const location = headerValue(headers['location']);
    if (!location) throw new Error('missing Location');
    return { location, retryAfterSec: Number(headerValue(headers['retry-after']) ?? 1) };
  }

  async *watch(location: string, firstDelaySec: number): AsyncGenerator<Operation> {
    const url = new URL(location);
    let delaySec = firstDelaySec;
    while (true) {
      await sleep(delaySec * 1000 + 50);
      const res = await this.pool.request({ method: 'GET', path: url.pathname + url.search, headers: this.headers() });
      const op = (await res.body.json()) as Operation;
      yield op;
      if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') return;
      delaySec = Number(headerValue(res.headers['retry-after']) ?? 1);
    }
  }

  async download(resourceUrl: string): Promise<Uint8Array> {
    const url = new URL(resourceUrl);
    if (url.origin !== this.origin) throw new Error(`refusing to send credentials to ${url.origin}`);
    const res = await this.pool.request({ method: 'GET', path: url.pathname + url.search, headers: { authorization: `Bearer ${this.token}` } });
    if (res.statusCode !== 200) throw new Error(`download failed ${res.statusCode}`);
    return new Uint8Array(await res.body.arrayBuffer());
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

export async function run(env: { baseUrl: string; token: string; ids: AttachmentKey }): Promise<Uint8Array> {
  const source = new WorkivaSource(env.baseUrl, env.token);
  try {
    const { location, retryAfterSec } = await source.startExport(env.ids);
    let last: Operation | undefined;
    for await (const op of source.watch(location, retryAfterSec)) last = op;
    if (!last || last.status !== 'completed') throw new Error(`export ended: ${last?.status}`);
    return await source.download(String(last.resourceUrl ?? last.resourceURL));
  } finally {
    await source.close();
  }
}
