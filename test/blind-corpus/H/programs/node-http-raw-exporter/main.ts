import http from 'node:http';
import { send } from './transport.js';

interface ExportJob {
  tenant: string;
  target: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

const TERMINAL = new Set(['completed', 'failed', 'cancelled']);

function retryAfterSeconds(headers: http.IncomingHttpHeaders, fallback: number): number {
  const raw = headers['retry-after'];
  const n = raw === undefined ? Number.NaN : Number(raw);
  return Number.isFinite(n) ? n : fallback;
}

async function exportViaRawHttp(base: URL, token: string, job: ExportJob): Promise<Buffer> {
  const t = job.target;
  const payload = JSON.stringify({ format: 'pdf' });
  const exportUrl = new URL(
    `${base.pathname.replace(/\/$/, '')}/prototype/platform/audits/${t.auditId}/procedures/${t.procedureId}/matrices/${t.matrixId}/samples/${t.sampleId}/attachments/${t.attachmentId}/export`, // blind-corpus: path=node-http-raw-1
    base,
  );
  const accepted = await send(exportUrl, { // blind-corpus: site=node-http-raw-1
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(payload),
      'x-version': '2022-01-01',
    },
    body: payload,
  });
  if (accepted.status !== 202) {
    throw new Error(`[${job.tenant}] export not accepted: ${accepted.status} ${accepted.body.toString('utf8')}`);
  }
  const location = accepted.headers.location;
  if (!location) throw new Error('no Location header');

  let wait = retryAfterSeconds(accepted.headers, 1);
  while (true) {
    await new Promise((r) => setTimeout(r, wait * 1000 + 60));
    const polled = await send(new URL(location), { method: 'GET', headers: { authorization: `Bearer ${token}` } });
    wait = retryAfterSeconds(polled.headers, wait);
    if (polled.status >= 400) {
      if (polled.status === 429 || polled.status === 503) continue;
      throw new Error(`poll failed: ${polled.status}`);
    }
    const op = JSON.parse(polled.body.toString('utf8')) as { id: string; status: string; resourceUrl?: string; resourceURL?: string };
    if (!TERMINAL.has(op.status)) continue;
    if (op.status !== 'completed') throw new Error(`operation ${op.id} ended ${op.status}`);
    const download = await send(new URL(op.resourceUrl ?? op.resourceURL ?? ''), { method: 'GET', headers: { authorization: `Bearer ${token}` } });
    if (download.status !== 200) throw new Error(`download failed: ${download.status}`);
    return download.body;
  }
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const job: ExportJob = { tenant: 'default', target: { ...env.ids } };
  return exportViaRawHttp(new URL(env.baseUrl), env.token, job);
}
