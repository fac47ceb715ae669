import got, { RequestError } from 'got';
import { setTimeout as sleep } from 'node:timers/promises';
import { WorkQueue } from './queue.js';

// Nightly batch: reads the evidence manifest (CSV exported from the controls warehouse) and pulls every PDF.
interface ManifestRow {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

function parseManifest(csv: string): ManifestRow[] {
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  const cols = (header ?? '').split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    const get = (name: string) => cells[cols.indexOf(name)] ?? '';
    return { auditId: get('audit_id'), procedureId: get('procedure_id'), matrixId: get('matrix_id'), sampleId: get('sample_id'), attachmentId: get('attachment_id') };
  });
}

function makeClient(apiUrl: string, token: string) {
  return got.extend({
    prefixUrl: apiUrl,
    headers: { Authorization: `Bearer ${token}` },
    retry: { limit: 0 },
  });
}

type Client = ReturnType<typeof makeClient>;

async function pollUntilDone(client: Client, location: string, waitSec: number): Promise<{ status: string; resourceUrl?: string }> {
  for (;;) {
    await sleep(waitSec * 1000);
    const res = await client.get(location, { prefixUrl: '' });
    const body = JSON.parse(res.body) as { status: string; resourceUrl?: string };
    if (body.status === 'completed' || body.status === 'failed' || body.status === 'cancelled') return body;
    waitSec = Number(res.headers['retry-after'] ?? waitSec);
  }
}

async function exportRow(client: Client, row: ManifestRow, attempt: number): Promise<Buffer> {
  const rel = `prototype/platform/audits/${row.auditId}/procedures/${row.procedureId}/matrices/${row.matrixId}/samples/${row.sampleId}/attachments/${row.attachmentId}/export`; // blind-corpus: path=batch-got-1,batch-got-2
  let res;
  try {
    res = attempt === 1
      ? await client.post(rel, { json: { format: 'pdf' } }) // blind-corpus: site=batch-got-1
      : await client(rel, { method: 'POST', json: { format: 'pdf' }, headers: { 'X-Version': '2022-01-01' } }); // blind-corpus: site=batch-got-2
  } catch (err) {
    if (err instanceof RequestError && err.response?.statusCode === 429) {
      await sleep(Number(err.response.headers['retry-after'] ?? 5) * 1000);
    }
    throw err;
  }
  const op = await pollUntilDone(client, String(res.headers.location), Number(res.headers['retry-after'] ?? 1));
  if (op.status !== 'completed' || !op.resourceUrl) throw new Error(`${row.attachmentId}: ${op.status}`);
  return client.get(op.resourceUrl, { prefixUrl: '' }).buffer();
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const manifest = [
    'audit_id,procedure_id,matrix_id,sample_id,attachment_id',
    [env.ids.auditId, env.ids.procedureId, env.ids.matrixId, env.ids.sampleId, env.ids.attachmentId].join(','),
  ].join('\n');
  const client = makeClient(env.baseUrl, env.token);
  const queue = new WorkQueue<ManifestRow, Buffer>((row, attempt) => exportRow(client, row, attempt), 2);
  const results = await queue.enqueue(...parseManifest(manifest)).drain();
  const failed = results.filter((r) => r.error);
  console.log(`nightly batch: ${results.length - failed.length} exported, ${failed.length} failed`);
  const first = results[0];
  if (!first?.result) throw first?.error ?? new Error('empty manifest');
  return first.result;
}
