import { httpRequest, type RawResponse } from './transport.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

const TERMINAL = ['completed', 'failed', 'cancelled'] as const;

function retryAfterOf(res: RawResponse): number {
  const raw = res.headers['retry-after'];
  const n = raw ? parseInt(raw, 10) : NaN;
  return Number.isNaN(n) ? 1 : n;
}

function expectStatus(res: RawResponse, expected: number, what: string): void {
  if (res.status === expected) return;
  let detail = res.body.toString('utf8');
  try {
    const parsed = JSON.parse(detail) as { code?: string; message?: string };
    detail = `${parsed.code}: ${parsed.message}`;
  } catch {
    /* keep raw body */
  }
  throw new Error(`${what} failed with HTTP ${res.status} (${detail})`);
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Buffer> {
  const auth = { authorization: `Bearer ${env.token}` };
  const base = env.baseUrl.endsWith('/') ? env.baseUrl : `${env.baseUrl}/`;
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
  const exportUrl = new URL(`prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, base).href; // blind-corpus: path=node-http-helper-1

  const accepted = await httpRequest('POST', exportUrl, { ...auth, 'content-type': 'application/json', accept: 'application/json' }, JSON.stringify({ format: 'pdf' })); // blind-corpus: site=node-http-helper-1
  expectStatus(accepted, 202, 'starting attachment export');
  const operationUrl = accepted.headers.location;
  if (!operationUrl) throw new Error('export accepted without a Location header');

  let waitSeconds = retryAfterOf(accepted);
  for (;;) {
    await new Promise((r) => setTimeout(r, waitSeconds * 1000 + 15));
    const poll = await httpRequest('GET', operationUrl, { ...auth, accept: 'application/json' });
    expectStatus(poll, 200, 'polling export operation');
    const op = JSON.parse(poll.body.toString('utf8')) as { id: string; status: (typeof TERMINAL)[number] | string; resourceUrl?: string; resourceURL?: string };
    if ((TERMINAL as readonly string[]).includes(op.status)) {
      if (op.status !== 'completed') throw new Error(`operation ${op.id} ended ${op.status}`);
      const file = await httpRequest('GET', op.resourceUrl ?? op.resourceURL ?? '', auth);
      expectStatus(file, 200, 'downloading exported PDF');
      return file.body;
    }
    waitSeconds = retryAfterOf(poll);
  }
}
