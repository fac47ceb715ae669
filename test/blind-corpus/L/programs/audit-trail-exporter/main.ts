import { randomUUID } from 'node:crypto';
import { call, type RawResponse } from './http-util.js';

interface ExportRecord {
  correlationId: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
  requestedAt: string;
  operationId?: string;
  completedAt?: string;
}

const trail: ExportRecord[] = [];

function retryAfterMs(res: RawResponse): number {
  const h = res.headers['retry-after'];
  return (Number(Array.isArray(h) ? h[0] : h) || 1) * 1000 + 75;
}

export async function exportWithTrail(base: URL, token: string, ids: ExportRecord['ids']): Promise<Buffer> {
  const record: ExportRecord = { correlationId: randomUUID(), ids, requestedAt: new Date().toISOString() };
  trail.push(record);
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json', 'X-Correlation-Id': record.correlationId };
  const target = new URL(base.href);
  target.pathname = `/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`; // blind-corpus: path=node-http-trail-1
  const started = await call(target, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: '{"format":"pdf"}' }); // blind-corpus: site=node-http-trail-1
  if (started.statusCode !== 202) throw new Error(`export refused: ${started.statusCode} ${started.body.toString('utf8')}`);
  const location = started.headers.location;
  if (!location) throw new Error('no Location');
  let last = started;
  for (;;) {
    await new Promise((r) => setTimeout(r, retryAfterMs(last)));
    last = await call(new URL(location), { method: 'GET', headers });
    const op = JSON.parse(last.body.toString('utf8')) as { id: string; status: string; resourceUrl?: string; resourceURL?: string };
    record.operationId = op.id;
    if (op.status === 'completed') {
      const file = await call(new URL(op.resourceUrl ?? op.resourceURL ?? ''), { method: 'GET', headers: { Authorization: headers.Authorization } });
      record.completedAt = new Date().toISOString();
      return file.body;
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`operation ${op.id} ${op.status}`);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: ExportRecord['ids'] }): Promise<Uint8Array> {
  return exportWithTrail(new URL(env.baseUrl), env.token, env.ids);
}
