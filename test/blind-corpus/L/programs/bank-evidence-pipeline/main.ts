import got from 'got';
import { requestExport, type SampleEvidence, type StepContext } from './export-step.mjs';

interface OperationRecord {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
  originalRequest?: string;
}

type Stage<I, O> = (input: I, ctx: StepContext) => Promise<O>;

const startStage: Stage<SampleEvidence, { location: string; retryAfter: number }> = async (ev, ctx) => {
  const res = await requestExport(ctx, ev);
  const location = res.headers.location;
  if (res.statusCode !== 202 || !location) throw new Error(`export not accepted (${res.statusCode})`);
  return { location, retryAfter: Number(res.headers['retry-after'] ?? 1) };
};

const pollStage: Stage<{ location: string; retryAfter: number }, OperationRecord> = async ({ location, retryAfter }, ctx) => {
  let wait = retryAfter;
  for (let n = 1; n <= 100; n++) {
    await new Promise((r) => setTimeout(r, wait * 1000 + 100));
    const res = await got.get(location, { headers: { authorization: `Bearer ${ctx.token}` } });
    const op = JSON.parse(res.body) as OperationRecord;
    ctx.audit('export.polled', { n, status: op.status, operationId: op.id });
    if (op.status === 'completed') return op;
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`operation ${op.id} ${op.status}; originalRequest=${op.originalRequest}`);
    wait = Number(res.headers['retry-after'] ?? 1);
  }
  throw new Error('poll budget exhausted');
};

const downloadStage: Stage<OperationRecord, Buffer> = async (op, ctx) => {
  const url = op.resourceUrl ?? op.resourceURL;
  if (!url) throw new Error('no resourceUrl');
  const host = new URL(url).origin;
  if (host !== new URL(ctx.regions.primary.baseUrl).origin && host !== (ctx.regions.dr && new URL(ctx.regions.dr.baseUrl).origin)) {
    throw new Error(`resourceUrl on untrusted origin ${host}`);
  }
  return got.get(url, { headers: { authorization: `Bearer ${ctx.token}` } }).buffer();
};

export async function run(env: { baseUrl: string; token: string; ids: SampleEvidence }): Promise<Uint8Array> {
  const events: Array<{ event: string; data: Record<string, unknown> }> = [];
  const ctx: StepContext = {
    token: env.token,
    regions: { primary: { name: 'primary', baseUrl: env.baseUrl } },
    audit: (event, data) => events.push({ event, data }),
  };
  const started = await startStage(env.ids, ctx);
  const op = await pollStage(started, ctx);
  return downloadStage(op, ctx);
}
