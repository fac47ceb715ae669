import { send } from './send.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

export class SamplingExportAgent {
  private readonly headers: Record<string, string>;
  private readonly jsonHeaders: Record<string, string>;

  constructor(private readonly apiRoot: string, token: string) {
    this.headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
    this.jsonHeaders = { ...this.headers, 'Content-Type': 'application/json' };
  }

  private attachmentExportUrl(ids: Ids): string {
    return `${this.apiRoot}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`; // blind-corpus: path=send-fn-1,send-fn-2
  }

  async begin(ids: Ids): Promise<{ location: string; retryAfter: number }> {
    const res = await send('POST', this.attachmentExportUrl(ids), this.jsonHeaders, { format: 'pdf' }); // blind-corpus: site=send-fn-1
    if (res.status === 409) {
      console.warn(`export already in progress for ${ids.attachmentId}, retrying once`);
      await new Promise((r) => setTimeout(r, 1500));
      const again = await send('POST', this.attachmentExportUrl(ids), this.jsonHeaders, { format: 'pdf' }); // blind-corpus: site=send-fn-2
      return { location: again.headers.get('location') ?? '', retryAfter: Number(again.headers.get('retry-after') ?? 1) };
    }
    if (res.status !== 202) throw new Error(`begin export: ${res.status} ${await res.text()}`);
    return { location: res.headers.get('location') ?? '', retryAfter: Number(res.headers.get('retry-after') ?? 1) };
  }

  async *watch(location: string, retryAfter: number): AsyncGenerator<Operation, void> {
    let delay = retryAfter;
    while (true) {
      await new Promise((r) => setTimeout(r, delay * 1000 + 50));
      const res = await send('GET', location, this.headers);
      delay = Number(res.headers.get('retry-after') ?? delay);
      if (res.status === 429) continue;
      const op = await res.json<Operation>();
      yield op;
      if (['completed', 'failed', 'cancelled'].includes(op.status)) return;
    }
  }

  async fetchFile(url: string): Promise<ArrayBuffer> {
    const res = await send('GET', url, { Authorization: this.headers.Authorization ?? '' });
    if (res.status !== 200) throw new Error(`download: ${res.status}`);
    return res.bytes();
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const agent = new SamplingExportAgent(env.baseUrl, env.token);
  const { location, retryAfter } = await agent.begin(env.ids);
  let last: Operation | undefined;
  for await (const op of agent.watch(location, retryAfter)) last = op;
  if (!last || last.status !== 'completed') throw new Error(`export ended ${last?.status ?? 'unknown'}`);
  return agent.fetchFile(last.resourceUrl ?? last.resourceURL ?? '');
}
