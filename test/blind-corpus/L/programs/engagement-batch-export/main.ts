import got, { HTTPError, type Got } from 'got';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface TokenSource {
  current(): Promise<string>;
  invalidate(): void;
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

class StaticThenOAuthTokens implements TokenSource {
  private cached: string | undefined;
  constructor(private readonly baseUrl: string, private readonly seed?: string) {
    this.cached = seed;
  }
  async current(): Promise<string> {
    if (this.cached) return this.cached;
    const res = await got
      .post(`${this.baseUrl}/iam/v1/oauth2/token`, {
        form: {
          grant_type: 'client_credentials',
          client_id: process.env.WORKIVA_CLIENT_ID ?? '',
          client_secret: process.env.WORKIVA_CLIENT_SECRET ?? '',
        },
      })
      .json<{ access_token: string; expires_in: number }>();
    this.cached = res.access_token;
    return this.cached;
  }
  invalidate(): void {
    this.cached = undefined;
  }
}

const delay = (seconds: number) => new Promise((r) => setTimeout(r, Math.ceil(seconds * 1000) + 20));

export class EngagementBatch {
  private readonly client: Got;

  constructor(private readonly baseUrl: string, private readonly tokens: TokenSource) {
    this.client = got.extend({ prefixUrl: baseUrl, retry: { limit: 0 }, timeout: { request: 29_000 } });
  }

  private async authHeaders(): Promise<Record<string, string>> {
    return { authorization: `Bearer ${await this.tokens.current()}`, accept: 'application/json' };
  }

  async exportOne(ids: Ids): Promise<Buffer> {
    const path = `prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`; // blind-corpus: path=got-batch-1,got-batch-2
    let res;
    try {
      res = await this.client.post(path, { json: { format: 'pdf' }, headers: await this.authHeaders() }); // blind-corpus: site=got-batch-1
    } catch (e) {
      if (!(e instanceof HTTPError) || e.response.statusCode !== 401) throw e;
      // token expired mid-batch: refresh once and retry
      this.tokens.invalidate();
      res = await this.client.post(path, { json: { format: 'pdf' }, headers: await this.authHeaders() }); // blind-corpus: site=got-batch-2
    }
    const location = res.headers.location;
    if (!location) throw new Error(`no Location on export of ${ids.attachmentId}`);
    let wait = Number(res.headers['retry-after'] ?? 1);
    for (let attempt = 0; attempt < 120; attempt++) {
      await delay(wait);
      const poll = await got.get(location, { headers: await this.authHeaders(), throwHttpErrors: false });
      if (poll.statusCode === 429) {
        wait = Number(poll.headers['retry-after'] ?? 5);
        continue;
      }
      const op = JSON.parse(poll.body) as Operation;
      if (op.status === 'completed') {
        const url = op.resourceUrl ?? op.resourceURL;
        if (!url) throw new Error('completed operation has no resourceUrl');
        return got.get(url, { headers: await this.authHeaders() }).buffer();
      }
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`operation ${op.id} ${op.status}`);
      wait = Number(poll.headers['retry-after'] ?? 1);
    }
    throw new Error('gave up waiting for export');
  }

  async exportAll(items: Ids[]): Promise<Map<string, Buffer>> {
    const out = new Map<string, Buffer>();
    for (const item of items) out.set(item.attachmentId, await this.exportOne(item));
    return out;
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array> {
  const batch = new EngagementBatch(env.baseUrl, new StaticThenOAuthTokens(env.baseUrl, env.token));
  const results = await batch.exportAll([env.ids]);
  const pdf = results.get(env.ids.attachmentId);
  if (!pdf) throw new Error('missing result');
  return pdf;
}
