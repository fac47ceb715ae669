import { RequestFactory } from './request-factory.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function expectStatus(res: Response, ...ok: number[]): Promise<Response> {
  if (!ok.includes(res.status)) throw new Error(`${res.url}: unexpected ${res.status} ${await res.text()}`);
  return res;
}

export async function exportAttachment(factory: RequestFactory, ids: Ids, timeoutMs = 10 * 60_000): Promise<ArrayBuffer> {
  const signal = AbortSignal.timeout(timeoutMs);
  const req = factory.post(
    `prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`, // blind-corpus: path=kit-req-1
    { format: 'pdf' },
    signal,
  );
  const accepted = await expectStatus(await fetch(req), 202); // blind-corpus: site=kit-req-1
  const opUrl = accepted.headers.get('Location')!;
  let delayMs = 1000 * Number(accepted.headers.get('Retry-After') ?? '1');
  while (!signal.aborted) {
    await sleep(delayMs);
    const res = await expectStatus(await fetch(factory.get(opUrl), { signal }), 200);
    const op = (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
    if (op.status === 'completed') return (await expectStatus(await fetch(factory.get(op.resourceUrl ?? op.resourceURL!, 'application/pdf')), 200)).arrayBuffer();
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}`);
    delayMs = 1000 * Number(res.headers.get('Retry-After') ?? '1');
  }
  throw new Error('export timed out');
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<ArrayBuffer> {
  return exportAttachment(new RequestFactory({ baseUrl: env.baseUrl, token: env.token, version: '2022-01-01' }), env.ids);
}
