import fetch, { Headers } from 'node-fetch';
import { memoize } from './cache.js';

interface AttachmentKey {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

const API = () => process.env['WORKIVA_API_URL']!;
const bearer = () => new Headers({ authorization: `Bearer ${process.env['WORKIVA_TOKEN']}` });

async function exportPdfUncached(key: AttachmentKey): Promise<Buffer> {
  const headers = bearer();
  headers.set('content-type', 'application/json');
  const base = API();
  const started = await fetch(`${base}/prototype/platform/audits/${key.auditId}/procedures/${key.procedureId}/matrices/${key.matrixId}/samples/${key.sampleId}/attachments/${key.attachmentId}/export`, { method: 'post', headers, body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=memo-node-fetch-1
  if (started.status !== 202) throw new Error(`export start failed (${started.status})`);
  const operation = started.headers.get('location') as string;
  let retryAfter = Number(started.headers.get('retry-after') ?? 1);
  for (;;) {
    await new Promise((r) => setTimeout(r, retryAfter * 1000 + 50));
    const res = await fetch(operation, { headers: bearer() });
    const body = (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
    if (body.status === 'completed') {
      const pdf = await fetch(body.resourceUrl ?? body.resourceURL ?? '', { headers: bearer() });
      return Buffer.from(await pdf.arrayBuffer());
    }
    if (body.status === 'failed' || body.status === 'cancelled') throw new Error(`export ${body.status}`);
    retryAfter = Number(res.headers.get('retry-after') ?? retryAfter);
  }
}

/** Reviewers open the same evidence many times in a session; exports are cached for 10 minutes. */
export const exportPdf = memoize(exportPdfUncached, (k) => [k.auditId, k.sampleId, k.attachmentId].join(':'), 10 * 60_000);

export async function run(env: { baseUrl: string; token: string; ids: AttachmentKey }): Promise<Buffer> {
  const [a, b] = await Promise.all([exportPdf(env.ids), exportPdf({ ...env.ids })]);
  if (a !== b) throw new Error('cache did not deduplicate');
  return a;
}
