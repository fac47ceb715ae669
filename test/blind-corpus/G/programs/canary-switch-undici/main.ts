import { Pool, fetch as undiciFetch } from 'undici';
import { pickLane, type LaneConfig } from './hosts.js';

interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface Accepted {
  location: string;
  retryAfter: number;
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

const pools = new Map<string, Pool>();
function poolFor(origin: string): Pool {
  let pool = pools.get(origin);
  if (!pool) {
    pool = new Pool(origin, { connections: 4, keepAliveTimeout: 10_000 });
    pools.set(origin, pool);
  }
  return pool;
}

function exportPathOf(ids: Ids): string {
  const enc = encodeURIComponent;
  return `/prototype/platform/audits/${enc(ids.auditId)}/procedures/${enc(ids.procedureId)}/matrices/${enc(ids.matrixId)}/samples/${enc(ids.sampleId)}/attachments/${enc(ids.attachmentId)}/export`; // blind-corpus: path=canary-pool-1,canary-fetch-1
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

async function startOnLane(lane: LaneConfig, token: string, ids: Ids): Promise<Accepted> {
  const body = JSON.stringify({ format: 'pdf' });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json', 'x-version': '2022-01-01' };
  if (lane.lane === 'canary') {
    const res = await poolFor(lane.origin).request({ method: 'POST', path: exportPathOf(ids), headers, body }); // blind-corpus: site=canary-pool-1
    const text = await res.body.text();
    if (res.statusCode !== 202) throw new Error(`[canary] export failed ${res.statusCode}: ${text}`);
    return { location: headerValue(res.headers['location']) ?? '', retryAfter: Number(headerValue(res.headers['retry-after']) ?? 1) };
  }
  const res = await undiciFetch(new URL(exportPathOf(ids), lane.origin), { method: 'POST', headers, body }); // blind-corpus: site=canary-fetch-1
  if (res.status !== 202) throw new Error(`[stable] export failed ${res.status}: ${await res.text()}`);
  return { location: res.headers.get('location') ?? '', retryAfter: Number(res.headers.get('retry-after') ?? 1) };
}

async function untilTerminal(token: string, accepted: Accepted): Promise<Operation> {
  let retryAfter = accepted.retryAfter;
  for (;;) {
    await new Promise((r) => setTimeout(r, retryAfter * 1000 + 10));
    const res = await undiciFetch(accepted.location, { headers: { authorization: `Bearer ${token}` } });
    retryAfter = Number(res.headers.get('retry-after') ?? retryAfter);
    if (res.status === 429 || res.status === 503) continue;
    if (!res.ok) throw new Error(`poll failed ${res.status}`);
    const op = (await res.json()) as Operation;
    if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') return op;
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<ArrayBuffer> {
  const lane = pickLane(env.ids.attachmentId, env.baseUrl);
  try {
    const accepted = await startOnLane(lane, env.token, env.ids);
    const op = await untilTerminal(env.token, accepted);
    if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);
    const res = await undiciFetch(op.resourceUrl ?? op.resourceURL ?? '', { headers: { authorization: `Bearer ${env.token}` } });
    if (!res.ok) throw new Error(`download failed ${res.status}`);
    return await res.arrayBuffer();
  } finally {
    await Promise.all([...pools.values()].map((p) => p.close()));
    pools.clear();
  }
}
