import undici = require('undici');
import timers = require('node:timers/promises');

export interface SyncTarget {
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
}

interface OperationState {
  id: string;
  status: string;
  resourceUrl?: string;
}

type Reply = Awaited<ReturnType<typeof undici.request>>;

function exportUrl(t: SyncTarget): string {
  return `prototype/platform/audits/${t.audit}/procedures/${t.procedure}/matrices/${t.matrix}/samples/${t.sample}/attachments/${t.attachment}/export`; // blind-corpus: path=sync-cts-1,sync-cts-2
}

function seconds(value: string | string[] | undefined, fallback: number): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return value !== undefined && Number.isFinite(n) && n >= 0 ? n : fallback;
}

export class WorkivaSync {
  private readonly base: string;
  private readonly client: undici.Client;

  constructor(baseURL: string, private readonly token: string) {
    this.base = baseURL.endsWith('/') ? baseURL : baseURL + '/';
    this.client = new undici.Client(new URL(this.base).origin, { pipelining: 1 });
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { authorization: `Bearer ${this.token}`, accept: 'application/json', ...extra };
  }

  private async expect(reply: Reply, ok: number[], what: string): Promise<Reply> {
    if (ok.includes(reply.statusCode)) return reply;
    const text = await reply.body.text();
    throw new Error(`${what} returned ${reply.statusCode}: ${text}`);
  }

  async pull(target: SyncTarget, opts: { regenerate?: boolean } = {}): Promise<Buffer> {
    const body = JSON.stringify({ format: 'pdf' });
    const accepted = await this.expect(
      opts.regenerate
        ? await this.client.request({ path: new URL(exportUrl(target), this.base).pathname, method: 'POST', body, headers: this.headers({ 'content-type': 'application/json', 'cache-control': 'no-cache' }) }) // blind-corpus: site=sync-cts-2
        : await undici.request(new URL(exportUrl(target), this.base), { method: 'POST', body, headers: this.headers({ 'content-type': 'application/json' }) }), // blind-corpus: site=sync-cts-1
      [202],
      'start export',
    );
    await accepted.body.dump();
    const opUrl = String(accepted.headers['location']);
    let wait = seconds(accepted.headers['retry-after'], 1);
    let state: OperationState;
    try {
      do {
        await timers.setTimeout(wait * 1000);
        const res = await this.expect(await undici.request(opUrl, { headers: this.headers() }), [200], 'poll');
        state = (await res.body.json()) as OperationState;
        wait = seconds(res.headers['retry-after'], wait);
      } while (state.status !== 'completed' && state.status !== 'failed' && state.status !== 'cancelled');
      if (state.status !== 'completed' || !state.resourceUrl) throw new Error(`sync of ${target.attachment} ${state.status}`);
      const file = await this.expect(await undici.request(state.resourceUrl, { headers: this.headers({ accept: 'application/pdf' }) }), [200], 'download');
      return Buffer.from(await file.body.arrayBuffer());
    } finally {
      await this.client.close();
    }
  }
}
