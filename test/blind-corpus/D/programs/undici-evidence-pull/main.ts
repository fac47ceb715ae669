import { request } from 'undici';
import { closePools, getBytes, getJson, header, poolFor } from './transport.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface Accepted {
  operation: string;
  retryAfter: number;
}

interface OperationDoc {
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

const EXPORT_BODY = JSON.stringify({ format: 'pdf' });

async function startOneOff(apiUrl: string, token: string, ids: Ids): Promise<Accepted> {
  const { statusCode, headers, body } = await request( // blind-corpus: site=undici-request-1
    `${apiUrl}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`, // blind-corpus: path=undici-request-1
    {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
      body: EXPORT_BODY,
    },
  );
  await body.dump();
  if (statusCode !== 202) throw new Error(`export rejected with ${statusCode}`);
  return { operation: header(headers, 'location')!, retryAfter: Number(header(headers, 'retry-after') ?? 1) };
}

async function startPooled(apiUrl: string, token: string, ids: Ids): Promise<Accepted> {
  const origin = new URL(apiUrl);
  const res = await poolFor(origin.origin).request({ // blind-corpus: site=undici-request-2
    method: 'POST',
    path: `/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`, // blind-corpus: path=undici-request-2
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: EXPORT_BODY,
  });
  const text = await res.body.text();
  if (res.statusCode !== 202) throw new Error(`pooled export rejected with ${res.statusCode}: ${text}`);
  return { operation: header(res.headers, 'location')!, retryAfter: Number(header(res.headers, 'retry-after') ?? 1) };
}

async function finish(token: string, accepted: Accepted): Promise<Uint8Array> {
  let delay = accepted.retryAfter;
  for (let i = 0; i < 120; i++) {
    await new Promise((r) => setTimeout(r, delay * 1000));
    const { body: op, headers } = await getJson<OperationDoc>(accepted.operation, token);
    if (op.status === 'completed') return getBytes((op.resourceUrl ?? op.resourceURL)!, token);
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}`);
    delay = Number(header(headers, 'retry-after') ?? 1);
  }
  throw new Error('export polling exhausted');
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array> {
  const pooledIds: Ids = { ...env.ids, attachmentId: `${env.ids.attachmentId}-pooled` };
  try {
    const [a, b] = await Promise.all([startOneOff(env.baseUrl, env.token, env.ids), startPooled(env.baseUrl, env.token, pooledIds)]);
    const [pdf] = await Promise.all([finish(env.token, a), finish(env.token, b)]);
    return pdf;
  } finally {
    await closePools();
  }
}
