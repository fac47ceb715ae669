import fetch from 'node-fetch';
import { loadConfig, type ArchiverConfig } from './config.js';
import { parseRetryAfter, waitForOperation } from './poller.js';

interface WorkpaperAttachment {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

async function archiveAttachment(cfg: ArchiverConfig, wp: WorkpaperAttachment): Promise<ArrayBuffer> {
  const headers = {
    Authorization: `Bearer ${cfg.token}`,
    'User-Agent': cfg.userAgent,
    Accept: 'application/json',
  };
  const exportUrl = new URL(
    `prototype/platform/audits/${wp.auditId}/procedures/${wp.procedureId}/matrices/${wp.matrixId}/samples/${wp.sampleId}/attachments/${wp.attachmentId}/export`, // blind-corpus: path=node-fetch-archiver-1
    cfg.apiUrl,
  );
  const res = await fetch(exportUrl, { // blind-corpus: site=node-fetch-archiver-1
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  });
  if (res.status !== 202) {
    const err = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
    throw new Error(`archive export failed: ${res.status} ${err.code ?? ''} ${err.message ?? ''}`.trim());
  }
  const location = res.headers.get('location');
  if (!location) throw new Error('export accepted without Location header');
  const op = await waitForOperation(location, parseRetryAfter(res.headers.get('retry-after')), { headers }, cfg.pollCeilingMs);
  if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status} (request ${op.originalRequest ?? 'n/a'})`);
  const pdf = await fetch(String(op.resourceUrl ?? op.resourceURL), { headers: { Authorization: headers.Authorization } });
  if (!pdf.ok) throw new Error(`download failed: ${pdf.status}`);
  return pdf.arrayBuffer();
}

export async function run(env: { baseUrl: string; token: string; ids: WorkpaperAttachment }): Promise<ArrayBuffer> {
  const cfg = loadConfig({ apiUrl: env.baseUrl, token: env.token });
  return archiveAttachment(cfg, env.ids);
}
