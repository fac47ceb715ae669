import superagent from 'superagent';
import { setTimeout as sleep } from 'node:timers/promises';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface OperationView {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

class ComplianceArchive {
  private readonly agent: superagent.Agent;

  constructor(
    private readonly apiRoot: string,
    token: string,
  ) {
    this.agent = superagent.agent().set('Authorization', `Bearer ${token}`).set('Accept', 'application/json').timeout({ response: 20_000 });
  }

  async requestPdf(ids: Ids): Promise<superagent.Response> {
    const route = `${this.apiRoot}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`; // blind-corpus: path=superagent-agent-1
    return this.agent.post(route).type('json').send({ format: 'pdf' }); // blind-corpus: site=superagent-agent-1
  }

  async *watch(operationUrl: string, firstWait: number): AsyncIterableIterator<OperationView> {
    let wait = firstWait;
    while (true) {
      await sleep(wait * 1000 + 100);
      const res = await this.agent.get(operationUrl).ok((r) => r.status < 400 || r.status === 429);
      wait = Number(res.get('Retry-After') ?? wait);
      if (res.status === 429) continue;
      const view = res.body as OperationView;
      yield view;
      if (['completed', 'failed', 'cancelled'].includes(view.status)) return;
    }
  }

  async fetchBytes(url: string): Promise<Buffer> {
    const res = await this.agent.get(url).responseType('arraybuffer');
    return res.body as Buffer;
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const archive = new ComplianceArchive(env.baseUrl.replace(/\/$/, ''), env.token);
  const accepted = await archive.requestPdf(env.ids);
  if (accepted.status !== 202) throw new Error(`archive export not accepted: ${accepted.status}`);

  let final: OperationView | undefined;
  for await (const view of archive.watch(accepted.get('Location') ?? '', Number(accepted.get('Retry-After') ?? 1))) {
    final = view;
  }
  const url = final?.resourceUrl ?? final?.resourceURL;
  if (!final || final.status !== 'completed' || !url) throw new Error(`archive export ended: ${final?.status}`);
  return archive.fetchBytes(url);
}
