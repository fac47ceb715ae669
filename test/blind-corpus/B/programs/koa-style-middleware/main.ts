import { baseUrl, bearer, compose, jsonBody, retryOnThrottle, send, timing, type OutboundContext } from './middleware.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

function makeClient(base: string, token: string) {
  const pipeline = compose([timing, baseUrl(base), bearer(() => token), jsonBody, retryOnThrottle(3), send]);
  return async (method: string, url: string, json?: unknown, headers?: HeadersInit): Promise<Response> => {
    const ctx: OutboundContext = { method, url, headers: new Headers(headers), attempt: 0, meta: { json } };
    await pipeline(ctx);
    if (!ctx.response) throw new Error(`no response for ${method} ${url}`);
    return ctx.response;
  };
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const client = makeClient(env.baseUrl, env.token);
  const job = { ...env.ids, format: 'pdf' as const };

  const res = await client( // blind-corpus: site=koa-middleware-1
    'POST',
    `/prototype/platform/audits/${job.auditId}/procedures/${job.procedureId}/matrices/${job.matrixId}/samples/${job.sampleId}/attachments/${job.attachmentId}/export`, // blind-corpus: path=koa-middleware-1
    { format: job.format },
  );
  if (res.status !== 202) throw new Error(`export not accepted: ${res.status} ${await res.text()}`);
  const operation = res.headers.get('Location') as string;
  let nextPollAt = Date.now() + Number(res.headers.get('Retry-After') ?? 1) * 1000;

  for (;;) {
    const wait = nextPollAt - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait + 30));
    const pollRes = await client('GET', operation);
    const body = (await pollRes.json()) as { status: string; resourceUrl?: string; resourceURL?: string; id: string };
    nextPollAt = Date.now() + Number(pollRes.headers.get('Retry-After') ?? 1) * 1000;
    if (body.status === 'completed') {
      const file = await client('GET', body.resourceUrl ?? body.resourceURL ?? '', undefined, { Accept: 'application/pdf' });
      return file.arrayBuffer();
    }
    if (body.status === 'cancelled' || body.status === 'failed') throw new Error(`operation ${body.id} ${body.status}`);
  }
}
