import got, { type Got } from 'got';
import { setTimeout as sleep } from 'node:timers/promises';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface Operation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

function workivaClient(baseUrl: string, getToken: () => string): Got {
  return got.extend({
    prefixUrl: baseUrl,
    headers: { 'user-agent': 'controls-sync-worker', accept: 'application/json' },
    retry: { limit: 2, statusCodes: [429, 503], methods: ['GET', 'POST'] },
    timeout: { request: 25_000 },
    hooks: {
      beforeRequest: [
        (options) => {
          options.headers['authorization'] = `Bearer ${getToken()}`;
        },
      ],
    },
  });
}

function retryAfterMs(headers: Record<string, string | string[] | undefined>, fallbackSeconds = 1): number {
  const raw = headers['retry-after'];
  const seconds = Number(Array.isArray(raw) ? raw[0] : raw);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : fallbackSeconds) * 1000;
}

/** Yields each observed state of an operation, sleeping the announced Retry-After before every poll. */
async function* watchOperation(client: Got, operationUrl: string, firstDelayMs: number): AsyncGenerator<Operation> {
  let delayMs = firstDelayMs;
  for (;;) {
    await sleep(delayMs + 25);
    const res = await client.get(operationUrl, { prefixUrl: '', responseType: 'json' });
    const op = res.body as Operation;
    yield op;
    if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') return;
    delayMs = retryAfterMs(res.headers);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Buffer> {
  const client = workivaClient(env.baseUrl, () => env.token);
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;

  const started = await client.post( // blind-corpus: site=got-extend-1
    `prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, // blind-corpus: path=got-extend-1
    { json: { format: 'pdf' } },
  );
  const location = started.headers.location;
  if (started.statusCode !== 202 || !location) throw new Error(`unexpected export response ${started.statusCode}`);

  let last: Operation | undefined;
  for await (const op of watchOperation(client, location, retryAfterMs(started.headers))) {
    last = op;
  }
  if (last?.status !== 'completed') throw new Error(`export ended as ${last?.status ?? 'unknown'}`);
  const resource = last.resourceUrl ?? last.resourceURL;
  if (!resource) throw new Error('completed export without resourceUrl');
  return client.get(resource, { prefixUrl: '' }).buffer();
}
