import got, { HTTPError, type Got } from 'got';
import { setTimeout as sleep } from 'node:timers/promises';

interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

type Segment = readonly [collection: string, id?: string];

interface Operation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  resourceURL?: string;
}

const joinSegments = (segments: readonly Segment[]): string =>
  segments.reduce<string>((acc, [collection, id]) => (id === undefined ? `${acc}/${collection}` : `${acc}/${collection}/${encodeURIComponent(id)}`), '');

export function workivaClient(prefixUrl: string, token: string): Got {
  return got.extend({
    prefixUrl,
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    retry: { limit: 2, methods: ['GET'], statusCodes: [429, 503] },
    timeout: { request: 30_000 },
  });
}

export class SampleEvidence {
  constructor(private readonly client: Got, private readonly ids: Ids) {}

  private get segments(): Segment[] {
    return [
      ['prototype'],
      ['platform'],
      ['audits', this.ids.auditId],
      ['procedures', this.ids.procedureId],
      ['matrices', this.ids.matrixId],
      ['samples', this.ids.sampleId],
      ['attachments', this.ids.attachmentId],
      ['export'], // blind-corpus: path=got-reduce-1
    ];
  }

  async export(): Promise<{ location: string; retryAfter: number }> {
    const relative = joinSegments(this.segments).slice(1);
    try {
      const res = await this.client.post(relative, { json: { format: 'pdf' }, headers: { 'x-version': '2022-01-01' } }); // blind-corpus: site=got-reduce-1
      if (res.statusCode !== 202) throw new Error(`expected 202, got ${res.statusCode}`);
      return { location: String(res.headers.location), retryAfter: Number(res.headers['retry-after'] ?? 1) };
    } catch (error) {
      if (error instanceof HTTPError) {
        const body = JSON.parse(String(error.response.body || '{}')) as { code?: string; message?: string };
        throw new Error(`export failed: ${error.response.statusCode} ${body.code ?? ''} ${body.message ?? ''}`);
      }
      throw error;
    }
  }
}

async function waitForOperation(token: string, location: string, retryAfter: number): Promise<Operation> {
  await sleep(retryAfter * 1000);
  const res = await got(location, { headers: { authorization: `Bearer ${token}` }, retry: { limit: 0 }, throwHttpErrors: false });
  const next = Number(res.headers['retry-after'] ?? retryAfter);
  if (res.statusCode === 429) return waitForOperation(token, location, next);
  if (res.statusCode !== 200) throw new Error(`operation ${location}: ${res.statusCode}`);
  const op = JSON.parse(res.body) as Operation;
  switch (op.status) {
    case 'completed':
    case 'failed':
    case 'cancelled':
      return op;
    default:
      return waitForOperation(token, location, next);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array> {
  const evidence = new SampleEvidence(workivaClient(env.baseUrl, env.token), { ...env.ids });
  const started = await evidence.export();
  const op = await waitForOperation(env.token, started.location, started.retryAfter);
  if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);
  const pdf = await got(op.resourceUrl ?? op.resourceURL ?? '', { headers: { authorization: `Bearer ${env.token}` } }).buffer();
  return new Uint8Array(pdf);
}
