import { Pool, request } from 'undici';

interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

/** One keep-alive pool per tenant origin; requests carry origin-relative paths. */
class TenantConnection {
  private readonly pool: Pool;

  constructor(origin: string, private readonly token: string) {
    this.pool = new Pool(origin, { connections: 4, pipelining: 1 });
  }

  async exportAttachment(ids: Ids): Promise<{ location: string; retryAfter: number }> {
    const { statusCode, headers, body } = await this.pool.request({ // blind-corpus: site=undici-pool-1
      method: 'POST',
      path: `/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`, // blind-corpus: path=undici-pool-1
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ format: 'pdf' }),
    });
    const text = await body.text();
    if (statusCode !== 202) throw new Error(`export refused: ${statusCode} ${text}`);
    return { location: String(headers['location']), retryAfter: Number(headers['retry-after'] ?? 1) };
  }

  async get(url: string): Promise<{ status: number; retryAfter: number; json: () => Promise<unknown>; bytes: () => Promise<ArrayBuffer> }> {
    const res = await request(url, { headers: { authorization: `Bearer ${this.token}` } });
    return { status: res.statusCode, retryAfter: Number(res.headers['retry-after'] ?? 1), json: () => res.body.json(), bytes: () => res.body.arrayBuffer() };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const conn = new TenantConnection(new URL(env.baseUrl).origin, env.token);
  try {
    const started = await conn.exportAttachment(env.ids);
    let wait = started.retryAfter;
    let op: Operation;
    do {
      await new Promise((r) => setTimeout(r, wait * 1000));
      const res = await conn.get(started.location);
      if (res.status !== 200) throw new Error(`poll failed with ${res.status}`);
      op = (await res.json()) as Operation;
      wait = res.retryAfter;
    } while (op.status !== 'completed' && op.status !== 'failed' && op.status !== 'cancelled');
    if (op.status !== 'completed') throw new Error(`export ${op.status}`);
    const file = await conn.get(op.resourceUrl ?? op.resourceURL ?? '');
    return await file.bytes();
  } finally {
    await conn.close();
  }
}
