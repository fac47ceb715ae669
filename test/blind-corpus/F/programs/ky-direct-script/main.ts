import ky from 'ky';

/*
 * Re-exports attachment PDFs for a sample. Two modes:
 *  - "wait": start the export and block until the PDF is downloadable
 *  - "fire": start the export and hand back the operation URL (the caller polls later)
 */

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
type Op = { id: string; status: string; resourceUrl?: string; resourceURL?: string };

const token = process.env.WORKIVA_TOKEN ?? '';
const baseUrl = process.env.WORKIVA_API_URL ?? 'http://localhost:4010';

function exportUrl(ids: Ids): string {
  return `${baseUrl}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`; // blind-corpus: path=ky-direct-1,ky-direct-2
}

export async function fireAndForget(ids: Ids): Promise<string> {
  const res = await ky(exportUrl(ids), { method: 'post', json: { format: 'pdf' }, headers: { authorization: `Bearer ${token}` } }); // blind-corpus: site=ky-direct-2
  return res.headers.get('location') ?? '';
}

export async function exportAndWait(ids: Ids): Promise<ArrayBuffer> {
  const res = await ky.post(exportUrl(ids), { // blind-corpus: site=ky-direct-1
    json: { format: 'pdf' },
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    retry: 0,
  });
  const opUrl = res.headers.get('location')!;
  let retryAfter = Number(res.headers.get('retry-after') ?? 1);

  let op: Op;
  do {
    await new Promise((r) => setTimeout(r, retryAfter * 1000));
    const polled = await ky.get(opUrl, { headers: { authorization: `Bearer ${token}` }, retry: 0 });
    op = await polled.json<Op>();
    retryAfter = Number(polled.headers.get('retry-after') ?? 1);
  } while (op.status === 'acknowledged' || op.status === 'queued' || op.status === 'started');

  if (op.status !== 'completed') throw new Error(`export ${op.id}: ${op.status}`);
  return ky.get(op.resourceUrl ?? op.resourceURL ?? '', { headers: { authorization: `Bearer ${token}` } }).arrayBuffer();
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  return exportAndWait(env.ids);
}
