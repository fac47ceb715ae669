import { parseManifest, type ManifestRow } from './manifest.js';

interface CliOptions {
  apiUrl: string;
  token: string;
  concurrency: number;
}

interface Started {
  row: ManifestRow;
  location: string;
  retryAfter: number;
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  });
  await Promise.all(workers);
  return out;
}

async function start(opts: CliOptions, row: ManifestRow): Promise<Started> {
  const path = `/prototype/platform/audits/${row.auditId}/procedures/${row.procedureId}/matrices/${row.matrixId}/samples/${row.sampleId}/attachments/${row.attachmentId}/export`; // blind-corpus: path=batch-cli-1,batch-cli-2
  const headers = { Authorization: `Bearer ${opts.token}`, 'Content-Type': 'application/json' };
  const res =
    row.priority === 'urgent'
      ? await fetch(`${opts.apiUrl}${path}`, { method: 'POST', headers: { ...headers, Prefer: 'respond-async', 'X-Version': '2022-01-01' }, body: JSON.stringify({ format: 'pdf' }) }) // blind-corpus: site=batch-cli-1
      : await fetch(`${opts.apiUrl}${path}`, { method: 'POST', headers, body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=batch-cli-2
  if (res.status !== 202) throw new Error(`${row.attachmentId}: export failed with ${res.status}`);
  return { row, location: res.headers.get('Location')!, retryAfter: Number(res.headers.get('Retry-After') ?? 1) };
}

async function complete(opts: CliOptions, s: Started): Promise<ArrayBuffer> {
  const auth = { Authorization: `Bearer ${opts.token}` };
  let delay = s.retryAfter;
  while (true) {
    await new Promise((r) => setTimeout(r, delay * 1000));
    const res = await fetch(s.location, { headers: auth });
    const op = (await res.json()) as { status: string; resourceUrl: string | null };
    if (op.status === 'completed') return (await fetch(op.resourceUrl!, { headers: auth })).arrayBuffer();
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`${s.row.attachmentId}: ${op.status}`);
    delay = Number(res.headers.get('Retry-After') ?? 1);
  }
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
  const csv = [
    'auditId,procedureId,matrixId,sampleId,attachmentId,priority',
    `${auditId},${procedureId},${matrixId},${sampleId},${attachmentId},urgent`,
    `${auditId},${procedureId},${matrixId},${sampleId},${attachmentId}-b,normal`,
  ].join('\n');
  const opts: CliOptions = { apiUrl: process.env['WORKIVA_API_URL'] ?? env.baseUrl, token: process.env['WORKIVA_TOKEN'] ?? env.token, concurrency: 2 };
  const rows = parseManifest(csv);
  const pdfs = await mapLimit(rows, opts.concurrency, async (row) => complete(opts, await start(opts, row)));
  return pdfs[0]!;
}
