import { createRestProxy } from './rest-proxy.js';

interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<ArrayBuffer> {
  const auth = () => ({ Authorization: `Bearer ${env.token}` });
  const platform = createRestProxy({ baseUrl: env.baseUrl, headers: auth }).prototype!.platform!;
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;

  const attachment = platform.audits!(auditId).procedures!(procedureId).matrices!(matrixId).samples!(sampleId).attachments!(attachmentId);
  const started = await attachment.export!.post({ format: 'pdf' }); // blind-corpus: site=proxy-client-1

  const location = started.headers.get('location') ?? '';
  let retryAfter = Number(started.headers.get('retry-after') ?? 1);
  for (;;) {
    await new Promise((r) => setTimeout(r, retryAfter * 1000 + 25));
    const res = await fetch(location, { headers: auth() });
    const op = (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
    if (op.status === 'completed') return (await fetch(op.resourceUrl ?? op.resourceURL ?? '', { headers: auth() })).arrayBuffer();
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(op.status);
    retryAfter = Number(res.headers.get('retry-after') ?? retryAfter);
  }
}
