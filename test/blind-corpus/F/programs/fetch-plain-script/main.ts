// Pulls the PDF rendition of one sample attachment so audit support can attach it to a ticket.
// Usage (ad hoc): WORKIVA_API_URL=... WORKIVA_TOKEN=... npx tsx main.ts <auditId> <procedureId> <matrixId> <sampleId> <attachmentId>
import { writeFile } from 'node:fs/promises';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function fail(res: Response, what: string): Promise<never> {
  const text = await res.text();
  throw new Error(`${what} failed: HTTP ${res.status} ${text}`);
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array | ArrayBuffer> {
  const base = env.baseUrl.replace(/\/+$/, '');
  const auth = { Authorization: 'Bearer ' + env.token };
  const ids = env.ids;

  const start = await fetch(base + '/prototype/platform/audits/' + ids.auditId + '/procedures/' + ids.procedureId + '/matrices/' + ids.matrixId + '/samples/' + ids.sampleId + '/attachments/' + ids.attachmentId + '/export', { // blind-corpus: site=fetch-script-1
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  });
  if (start.status !== 202) await fail(start, 'export');

  const opUrl = start.headers.get('Location')!;
  let delay = parseInt(start.headers.get('Retry-After') ?? '5', 10);
  let op: { status: string; resourceUrl?: string; resourceURL?: string } = { status: 'queued' };

  for (let attempt = 0; attempt < 120; attempt++) {
    await sleep(delay * 1000);
    const res = await fetch(opUrl, { headers: auth });
    if (!res.ok) await fail(res, 'poll');
    op = await res.json();
    delay = parseInt(res.headers.get('Retry-After') ?? '5', 10);
    console.log(`[${new Date().toISOString()}] ${op.status}`);
    if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') break;
  }
  if (op.status !== 'completed') throw new Error('export did not complete: ' + op.status);

  const pdf = await fetch((op.resourceUrl ?? op.resourceURL)!, { headers: auth });
  if (!pdf.ok) await fail(pdf, 'download');
  return new Uint8Array(await pdf.arrayBuffer());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [auditId, procedureId, matrixId, sampleId, attachmentId] = process.argv.slice(2);
  if (!auditId || !procedureId || !matrixId || !sampleId || !attachmentId) {
    console.error('usage: main.ts <auditId> <procedureId> <matrixId> <sampleId> <attachmentId>');
    process.exit(2);
  }
  const bytes = await run({
    baseUrl: process.env.WORKIVA_API_URL ?? '',
    token: process.env.WORKIVA_TOKEN ?? '',
    ids: { auditId, procedureId, matrixId, sampleId, attachmentId },
  });
  await writeFile(`${attachmentId}.pdf`, new Uint8Array(bytes));
}
