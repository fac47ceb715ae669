/**
 * export_evidence.ts — TypeScript port of scripts/export_evidence.py
 *
 * Starts a PDF export of a sample attachment, waits for the async operation and saves the bytes.
 * Usage (CLI): WORKIVA_API_URL=... WORKIVA_TOKEN=... npx tsx main.ts <auditId> <procedureId> <matrixId> <sampleId> <attachmentId>
 */
import { setTimeout as sleep } from 'node:timers/promises';

const API_URL = (process.env['WORKIVA_API_URL'] ?? 'https://api.app.wdesk.com').replace(/\/$/, '');
const MAX_ATTEMPTS = 3;

interface Operation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string | null;
  resourceURL?: string | null;
  details?: Array<{ code: string; message: string; target?: string }> | null;
}

function get_headers(token: string): Record<string, string> {
  return {
    Authorization: `Bearer ${token}`,
    'Content-Type': 'application/json',
    Accept: 'application/json',
  };
}

function parse_retry_after(resp: Response, fallback = 2): number {
  const raw = resp.headers.get('Retry-After');
  return raw && /^\d+$/.test(raw) ? parseInt(raw, 10) : fallback;
}

async function check(resp: Response): Promise<Response> {
  if (!resp.ok) {
    const body = await resp.text();
    throw new Error(`HTTP ${resp.status} ${resp.url}: ${body}`);
  }
  return resp;
}

export async function start_export(token: string, audit_id: string, procedure_id: string, matrix_id: string, sample_id: string, attachment_id: string): Promise<[string, number]> {
  const url = `${API_URL}/prototype/platform/audits/${audit_id}/procedures/${procedure_id}/matrices/${matrix_id}/samples/${sample_id}/attachments/${attachment_id}/export`; // blind-corpus: path=py-fetch-1,py-fetch-2
  const init: RequestInit = { method: 'POST', headers: get_headers(token), body: JSON.stringify({ format: 'pdf' }) };
  let resp = await fetch(url, init); // blind-corpus: site=py-fetch-1
  for (let attempt = 1; resp.status === 429 && attempt < MAX_ATTEMPTS; attempt++) {
    const wait = parse_retry_after(resp, 5);
    console.warn(`rate limited, sleeping ${wait}s (attempt ${attempt})`);
    await sleep(wait * 1000);
    resp = await fetch(url, init); // blind-corpus: site=py-fetch-2
  }
  await check(resp);
  const location = resp.headers.get('Location');
  if (!location) throw new Error('export accepted but no Location header');
  return [location, parse_retry_after(resp)];
}

export async function wait_for_operation(token: string, location: string, first_wait: number): Promise<Operation> {
  let wait = first_wait;
  for (;;) {
    await sleep(wait * 1000);
    const resp = await check(await fetch(location, { headers: get_headers(token) }));
    const op = (await resp.json()) as Operation;
    if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') return op;
    wait = parse_retry_after(resp);
  }
}

export async function download(token: string, resource_url: string): Promise<ArrayBuffer> {
  const resp = await check(await fetch(resource_url, { headers: { Authorization: `Bearer ${token}` } }));
  return resp.arrayBuffer();
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<ArrayBuffer> {
  const token = process.env['WORKIVA_TOKEN'] ?? env.token;
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
  const [location, retry_after] = await start_export(token, auditId, procedureId, matrixId, sampleId, attachmentId);
  const op = await wait_for_operation(token, location, retry_after);
  if (op.status !== 'completed') {
    throw new Error(`operation ${op.id} ended ${op.status}: ${op.details?.map((d) => d.message).join('; ') ?? 'no details'}`);
  }
  const resource_url = op.resourceUrl ?? op.resourceURL;
  if (!resource_url) throw new Error(`operation ${op.id} completed without resourceUrl`);
  return download(token, resource_url);
}
