import superagent from 'superagent';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface WorkpaperAttachment {
  workpaper: string;
  ids: Ids;
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

const USER_AGENT = 'workpaper-binder/1.8 (+superagent)';

class WorkpaperBinder {
  constructor(private readonly apiUrl: string, private readonly token: string) {}

  private get bearer(): string {
    return `Bearer ${this.token}`;
  }

  async startExport(item: WorkpaperAttachment): Promise<{ location: string; retryAfter: number }> {
    const { ids } = item;
    const url = `${this.apiUrl}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`; // blind-corpus: path=superagent-1
    const res = await superagent.post(url) // blind-corpus: site=superagent-1
      .set('Authorization', this.bearer)
      .set('Accept', 'application/json')
      .set('User-Agent', USER_AGENT)
      .type('json')
      .send({ format: 'pdf' });
    return { location: res.header['location'] as string, retryAfter: Number(res.header['retry-after'] ?? 1) };
  }

  async poll(location: string, retryAfter: number): Promise<string> {
    await new Promise((r) => setTimeout(r, retryAfter * 1000 + 50));
    const res = await superagent.get(location).set('Authorization', this.bearer).ok((r) => r.status < 500);
    if (res.status === 429) return this.poll(location, Number(res.header['retry-after'] ?? 5));
    const op = res.body as Operation;
    switch (op.status) {
      case 'completed':
        return op.resourceUrl ?? op.resourceURL ?? '';
      case 'failed':
      case 'cancelled':
        throw new Error(`binder export ${op.id} ${op.status}`);
      default:
        return this.poll(location, Number(res.header['retry-after'] ?? retryAfter));
    }
  }

  async download(resourceUrl: string): Promise<Buffer> {
    const res = await superagent.get(resourceUrl).set('Authorization', this.bearer).responseType('blob');
    return res.body as Buffer;
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const binder = new WorkpaperBinder(env.baseUrl, env.token);
  const item: WorkpaperAttachment = { workpaper: 'WP-104', ids: env.ids };
  const { location, retryAfter } = await binder.startExport(item);
  const resourceUrl = await binder.poll(location, retryAfter);
  const pdf = await binder.download(resourceUrl);
  return new Uint8Array(pdf);
}
