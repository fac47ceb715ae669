import { CatalogClient } from './client.js';
import * as endpoints from './endpoints.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitAndDownload(client: CatalogClient, location: string, retryAfterSeconds: number): Promise<ArrayBuffer> {
  let wait = retryAfterSeconds;
  for (;;) {
    await sleep(wait * 1000 + 30);
    const res = await client.getUrl(location);
    wait = Number(res.headers.get('retry-after') ?? wait);
    if (res.status === 429) continue;
    const op = (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
    if (op.status === 'completed') return (await client.getUrl(op.resourceUrl ?? op.resourceURL ?? '', 'application/pdf')).arrayBuffer();
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}`);
  }
}

/** Exports every attachment of a sample, one after the other (used by the evidence packager). */
export async function exportAll(client: CatalogClient, sample: endpoints.SampleParams, attachmentIds: string[]): Promise<ArrayBuffer[]> {
  const out: ArrayBuffer[] = [];
  for (const attachmentId of attachmentIds) {
    const started = await client.call(endpoints.exportAttachment, { ...sample, attachmentId }, { format: 'pdf' }); // blind-corpus: site=endpoint-catalog-2
    out.push(await waitAndDownload(client, started.headers.get('location')!, Number(started.headers.get('retry-after') ?? 1)));
  }
  return out;
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const client = new CatalogClient(env.baseUrl, env.token);
  const params: endpoints.AttachmentParams = env.ids;
  const started = await client.call(endpoints.exportAttachment, params, { format: 'pdf' }); // blind-corpus: site=endpoint-catalog-1
  return waitAndDownload(client, started.headers.get('location')!, Number(started.headers.get('retry-after') ?? 1));
}
