// Pulls one sample attachment as PDF for the engagement binder.
// Usage (standalone): WORKIVA_API_URL=... WORKIVA_TOKEN=... npx tsx main.ts <audit> <procedure> <matrix> <sample> <attachment>
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const API = process.env.WORKIVA_API_URL ?? 'http://localhost:8080';
const TOKEN = process.env.WORKIVA_TOKEN ?? '';
const OUT_DIR = process.env.BINDER_OUT_DIR ?? join(tmpdir(), 'binder-exports');

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function authHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { Authorization: 'Bearer ' + TOKEN, ...extra };
}

async function failIfBad(res: Response, what: string): Promise<void> {
  if (res.ok) return;
  let detail = '';
  try {
    const body = (await res.json()) as { code?: string; message?: string };
    detail = `${body.code}: ${body.message}`;
  } catch {
    detail = res.statusText;
  }
  throw new Error(`${what} failed with HTTP ${res.status} (${detail})`);
}

async function pullAttachment(ids: Ids): Promise<Uint8Array> {
  const url = API + '/prototype/platform/audits/' + ids.auditId + '/procedures/' + ids.procedureId + '/matrices/' + ids.matrixId + '/samples/' + ids.sampleId + '/attachments/' + ids.attachmentId + '/export'; // blind-corpus: path=pull-pdf-1
  const res = await fetch(url, { // blind-corpus: site=pull-pdf-1
    method: 'POST',
    headers: authHeaders({ 'Content-Type': 'application/json', Accept: 'application/json' }),
    body: JSON.stringify({ format: 'pdf' }),
  });
  await failIfBad(res, 'export request');
  const statusUrl = res.headers.get('location')!;
  let wait = parseInt(res.headers.get('retry-after') || '5', 10);
  let job: any;
  do {
    console.log(`waiting ${wait}s...`);
    await sleep(wait * 1000);
    const poll = await fetch(statusUrl, { headers: authHeaders() });
    await failIfBad(poll, 'status check');
    job = await poll.json();
    wait = parseInt(poll.headers.get('retry-after') || String(wait), 10);
  } while (!['completed', 'failed', 'cancelled'].includes(job.status));

  if (job.status !== 'completed') throw new Error('export ' + job.status + ': ' + JSON.stringify(job.details));
  const file = await fetch(job.resourceUrl, { headers: authHeaders() });
  await failIfBad(file, 'download');
  return new Uint8Array(await file.arrayBuffer());
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const pdf = await pullAttachment(env.ids);
  await mkdir(OUT_DIR, { recursive: true });
  const target = join(OUT_DIR, `${env.ids.sampleId}-${env.ids.attachmentId}.pdf`);
  await writeFile(target, pdf);
  console.log(`saved ${pdf.byteLength} bytes to ${target}`);
  return pdf;
}
