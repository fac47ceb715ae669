import { fetch, type Response } from 'undici';
import { setTimeout as sleep } from 'node:timers/promises';
import { limit } from './limiter.js';

export interface BackfillRow {
  rowId: number;
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface BackfillResult {
  rowId: number;
  pdf?: Uint8Array;
  error?: string;
}

const API = (process.env.WORKIVA_API_URL ?? '').replace(/\/$/, '');
const TOKEN = process.env.WORKIVA_TOKEN ?? '';
const auth = () => ({ authorization: `Bearer ${TOKEN}` });

function exportUrl(row: BackfillRow): string {
  return `${API}/prototype/platform/audits/${row.auditId}/procedures/${row.procedureId}/matrices/${row.matrixId}/samples/${row.sampleId}/attachments/${row.attachmentId}/export`; // blind-corpus: path=backfill-undici-1,backfill-undici-2
}

async function startExport(row: BackfillRow): Promise<Response> {
  const res = await fetch(exportUrl(row), { // blind-corpus: site=backfill-undici-1
    method: 'POST',
    headers: { ...auth(), 'content-type': 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  });
  if (res.status === 429 || res.status === 503) {
    const wait = Number(res.headers.get('retry-after') ?? 10);
    console.warn(`row ${row.rowId}: throttled (${res.status}), retrying in ${wait}s`);
    await sleep(wait * 1000);
    return fetch(exportUrl(row), { // blind-corpus: site=backfill-undici-2
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'pdf' }),
    });
  }
  return res;
}

async function exportRow(row: BackfillRow): Promise<BackfillResult> {
  const started = await startExport(row);
  if (started.status !== 202) return { rowId: row.rowId, error: `start: ${started.status} ${await started.text()}` };
  const location = started.headers.get('location')!;
  let wait = Number(started.headers.get('retry-after') ?? 1);
  for (let attempt = 0; attempt < 200; attempt++) {
    await sleep(wait * 1000 + 80);
    const poll = await fetch(location, { headers: auth() });
    wait = Number(poll.headers.get('retry-after') ?? wait);
    if (!poll.ok) continue;
    const op = (await poll.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
    if (op.status === 'completed') {
      const file = await fetch((op.resourceUrl ?? op.resourceURL)!, { headers: auth() });
      return { rowId: row.rowId, pdf: new Uint8Array(await file.arrayBuffer()) };
    }
    if (op.status === 'failed' || op.status === 'cancelled') return { rowId: row.rowId, error: op.status };
  }
  return { rowId: row.rowId, error: 'timeout' };
}

export async function backfill(rows: BackfillRow[], concurrency = 3): Promise<BackfillResult[]> {
  const run = limit(concurrency);
  return Promise.all(rows.map((row) => run(() => exportRow(row))));
}
