import { fetch, type Response } from 'undici';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHash } from 'node:crypto';

// Loads evidence PDFs into the document warehouse, keyed by content hash.
type Key = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface WarehouseRow {
  key: Key;
  sha1: string;
  size: number;
  content: Uint8Array;
}

class WorkivaExporter {
  constructor(private readonly base: URL, private readonly token: string) {}

  private get auth() {
    return { Authorization: `Bearer ${this.token}` };
  }

  start(k: Key): Promise<Response> {
    const target = new URL(this.base);
    target.pathname = `/prototype/platform/audits/${k.auditId}/procedures/${k.procedureId}/matrices/${k.matrixId}/samples/${k.sampleId}/attachments/${k.attachmentId}/export`; // blind-corpus: path=warehouse-undici-1
    return fetch(target, { method: 'POST', headers: { ...this.auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=warehouse-undici-1
  }

  /** Used when the warehouse copy is older than the attachment's last modification. */
  refresh(k: Key): Promise<Response> {
    return fetch(`${this.base.origin}/prototype/platform/audits/${k.auditId}/procedures/${k.procedureId}/matrices/${k.matrixId}/samples/${k.sampleId}/attachments/${k.attachmentId}/export`, { // blind-corpus: site=warehouse-undici-2
      method: 'POST',
      headers: { ...this.auth, 'Content-Type': 'application/json', Accept: 'application/json', 'X-Version': '2022-01-01' },
      body: JSON.stringify({ format: 'pdf' }),
    });
  }

  async complete(accepted: Response): Promise<Uint8Array> {
    if (accepted.status !== 202) throw new Error(`export refused: ${accepted.status} ${await accepted.text()}`);
    const operation = accepted.headers.get('location');
    if (!operation) throw new Error('no Location');
    let seconds = Number(accepted.headers.get('retry-after') ?? 1);
    let state: { status: string; resourceUrl?: string };
    do {
      await sleep(seconds * 1000);
      const res = await fetch(operation, { headers: this.auth });
      state = (await res.json()) as typeof state;
      seconds = Number(res.headers.get('retry-after') ?? seconds);
    } while (!['completed', 'failed', 'cancelled'].includes(state.status));
    if (state.status !== 'completed' || !state.resourceUrl) throw new Error(`export ${state.status}`);
    const file = await fetch(state.resourceUrl, { headers: this.auth });
    return new Uint8Array(await file.arrayBuffer());
  }
}

async function load(exporter: WorkivaExporter, key: Key, stale: boolean): Promise<WarehouseRow> {
  const content = await exporter.complete(stale ? await exporter.refresh(key) : await exporter.start(key));
  return { key, content, size: content.byteLength, sha1: createHash('sha1').update(content).digest('hex') };
}

export async function run(env: { baseUrl: string; token: string; ids: Key }): Promise<Uint8Array | ArrayBuffer> {
  const exporter = new WorkivaExporter(new URL(env.baseUrl), env.token);
  const row = await load(exporter, { ...env.ids }, false);
  console.log(`warehouse: loaded ${row.key.attachmentId} (${row.size} bytes, sha1 ${row.sha1.slice(0, 8)})`);
  return row.content;
}
